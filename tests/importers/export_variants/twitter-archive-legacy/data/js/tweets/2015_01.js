Grailbird.data.tweets_2015_01 = 
[
  {
    "source": "web",
    "entities": {
      "user_mentions": [],
      "media": [],
      "hashtags": [],
      "urls": []
    },
    "geo": {},
    "id_str": "550000000000000002",
    "text": "@user_o merci, oui c'est bien ça",
    "id": 550000000000000002,
    "created_at": "2015-01-24 02:02:37 +0000",
    "user": {
      "name": "Marc Petit",
      "screen_name": "marc_invest",
      "protected": false,
      "id_str": "1000000001",
      "profile_image_url_https": "https://pbs.twimg.example/p.jpg",
      "id": 1000000001,
      "verified": false
    },
    "in_reply_to_status_id_str": "549000000000000009",
    "in_reply_to_screen_name": "user_o",
    "in_reply_to_status_id": 549000000000000009
  },
  {
    "source": "web",
    "entities": {
      "user_mentions": [],
      "media": [],
      "hashtags": [],
      "urls": [
        {
          "url": "https://t.co/abc",
          "expanded_url": "https://marc-invest.example/course",
          "indices": [
            15,
            38
          ],
          "display_url": "marc-invest.example/course"
        }
      ]
    },
    "geo": {},
    "id_str": "550000000000000001",
    "text": "New course out: https://t.co/abc",
    "id": 550000000000000001,
    "created_at": "2015-01-05 12:00:00 +0100",
    "user": {
      "name": "Marc Petit",
      "screen_name": "marc_invest",
      "protected": false,
      "id_str": "1000000001",
      "profile_image_url_https": "https://pbs.twimg.example/p.jpg",
      "id": 1000000001,
      "verified": false
    }
  }
]