## /learn and /learn/<slug>: the articles and their search (issue 5). The article text itself is
## in content/articles/*.md (English, the same for en-GB and en-US); this file is the page around it.

nav-learn = Learn
home-learn-door = Understand what is happening
home-learn-door-hint = Plain answers about miscarriage, tests, feelings and what comes next.

learn-title = Understand what is happening – Solace
learn-heading = Understand what is happening
learn-intro = Plain answers to the questions people ask most. Each one says where its facts come from.
learn-urgent = If you are bleeding a lot, in bad pain or feel faint, check your symptoms first:
learn-search-label = Search the articles
learn-search-hint = For example: small clots, trying again, hCG. What you type is not saved.
learn-search-button = Search
learn-search-empty = Type a word or two to search for.
learn-search-too-long = Please use fewer words: at most 200 letters.
learn-search-failed = Sorry, search is not working just now. Every article is still in the list below.
learn-search-forbidden = We could not check that this search came from this page. Please try again.
learn-results-heading = Articles for "{ $query }"
learn-results-corrected = We searched for "{ $used }" instead of "{ $typed }".
learn-results-none = No articles match. Try other words, or look through the list below.
learn-results-doors = These are the pages people need most:
learn-results-emergency = If you are very unwell, bleeding heavily or feel faint, call an ambulance now:
learn-results-crisis = If you are thinking of harming yourself, call { $name }:
learn-results-also = We also searched for: { $words }.

learn-q-help-now = Do I need help now?
learn-q-happening = What is happening to me?
learn-q-tests = What do my tests and scans mean?
learn-q-next = What happens next?
learn-q-cope = How do I cope?
learn-q-cause = Did I cause it?
learn-q-future = What about the future?

learn-article-title = { $title } – Solace
learn-back = All articles
learn-reviewed = Last checked:
learn-cw-heading = This part describes bleeding, clots and tissue.
learn-cw-text = It uses simple drawings, not photos. Read it when you feel ready.
learn-cw-show = Show this part
learn-region-others = What applies in other countries
learn-region-elsewhere = everywhere else
learn-sources = Sources
learn-related = Related articles
learn-all = See all articles
