window.YTD.tweet.part0 = [ {
    "retweeted": false,
    "source": "web",
    "entities": {
      "hashtags": [],
      "symbols": [],
      "user_mentions": [],
      "urls": []
    },
    "display_text_range": [
      "0",
      "42"
    ],
    "favorite_count": "3",
    "id_str": "1100000000000000001",
    "truncated": false,
    "retweet_count": "1",
    "id": "1100000000000000001",
    "created_at": "Mon Feb 25 09:00:00 +0000 2019",
    "favorited": false,
    "full_text": "Formation gratuite ce soir, inscrivez-vous",
    "lang": "fr"
  },
  {
    "retweeted": false,
    "source": "web",
    "entities": {
      "hashtags": [],
      "symbols": [],
      "user_mentions": [],
      "urls": []
    },
    "display_text_range": [
      "0",
      "16"
    ],
    "favorite_count": "3",
    "id_str": "1100000000000000002",
    "truncated": false,
    "retweet_count": "1",
    "id": "1100000000000000002",
    "created_at": "Tue Feb 26 10:00:00 +0000 2019",
    "favorited": false,
    "full_text": "@user_p bien sûr",
    "lang": "fr",
    "in_reply_to_status_id_str": "1099000000000000001",
    "in_reply_to_screen_name": "user_p"
  }
]