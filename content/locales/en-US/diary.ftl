## The private diary: only where US wording differs.

diary-f-colour = Color
diary-o-bottom = Rectum or bottom
