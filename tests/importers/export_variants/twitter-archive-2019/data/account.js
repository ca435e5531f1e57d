window.YTD.account.part0 = [
  {
    "account": {
      "email": "user@example.org",
      "createdVia": "web",
      "username": "marc_invest",
      "accountId": "1000000001",
      "createdAt": "2012-04-01T10:00:00.000Z",
      "accountDisplayName": "Marc Petit"
    }
  }
]