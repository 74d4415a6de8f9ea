## Diary photos (/diary/photo). Gentle: a photo may show bleeding or tissue. Hidden until chosen.

photo-add = Add a photo
photo-title = Add a photo
photo-warning = Photos of bleeding or tissue can be upsetting to look at later. You can still keep one if it helps: it stays hidden until you choose to see it.
photo-private = Before anything is saved, Solace removes the hidden details a photo carries, such as where and when it was taken and which phone took it. The photo is then locked in your diary with your passphrase.
photo-field = Photo (JPEG or PNG, up to 6 MB)
photo-note = Note (optional)
photo-submit = Save the photo
photo-error-missing = Choose a photo to add.
photo-error-format = This file is not a JPEG or PNG photo. Please choose a JPEG or PNG. On an iPhone, sharing the photo or taking a screenshot gives a JPEG or PNG.
photo-error-damaged = This photo could not be read. It may be damaged or cut short. Please try another one.
photo-error-note = The note is too long. Please shorten it to 2,000 characters or fewer.
photo-choose-again = For your privacy, a photo is not kept after a problem: please choose it again.
photo-too-large = Photos can be up to 6 MB. This one is larger, so nothing was saved. A screenshot of the photo, or sharing it at a smaller size, usually fits.
photo-hidden = Photo (hidden)
photo-show = Show photo
photo-view-title = Photo
photo-view-warning = This photo may be upsetting to look at. It is blurred until you choose to see it clearly.
photo-show-clearly = Show clearly
photo-blur-again = Blur it again
photo-alt-blurred = Your photo, blurred
photo-alt = Your photo
photo-delete = Delete this photo
photo-delete-hint = This deletes the photo and its diary entry. It cannot be undone.
