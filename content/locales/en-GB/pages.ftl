## Text shared by every page.

disclaimer = Solace does not diagnose. It tells you what medical guidelines advise and whom to contact. If you are worried, get help: you will never be wasting anyone's time.
