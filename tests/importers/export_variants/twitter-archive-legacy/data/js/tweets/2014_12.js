Grailbird.data.tweets_2014_12 = 
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
    "id_str": "540000000000000002",
    "text": "RT @user_n: Les marchés en 2015",
    "id": 540000000000000002,
    "created_at": "2014-12-30 20:15:00 +0000",
    "user": {
      "name": "Marc Petit",
      "screen_name": "marc_invest",
      "protected": false,
      "id_str": "1000000001",
      "profile_image_url_https": "https://pbs.twimg.example/p.jpg",
      "id": 1000000001,
      "verified": false
    },
    "retweeted_status": {
      "source": "web",
      "entities": {
        "user_mentions": [],
        "media": [],
        "hashtags": [],
        "urls": []
      },
      "geo": {},
      "id_str": "539000000000000001",
      "text": "Les marchés en 2015",
      "id": 539000000000000001,
      "created_at": "2014-12-29 10:00:00 +0000",
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
  },
  {
    "source": "web",
    "entities": {
      "user_mentions": [],
      "media": [],
      "hashtags": [],
      "urls": []
    },
    "geo": {},
    "id_str": "540000000000000001",
    "text": "Mon bilan de l'année : +40 % 🚀",
    "id": 540000000000000001,
    "created_at": "2014-12-01 08:00:00 +0000",
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