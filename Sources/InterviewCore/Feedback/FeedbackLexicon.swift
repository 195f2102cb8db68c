/// Every word list the feedback analysis reads, in one place a reader can find and extend.
///
/// The rules in `AnswerAnalyzer` say how words are used (a filler "like" against "I like
/// Python"); the lists here say which words there are. Phrases are written as they are spoken,
/// lower case, words separated by single spaces, apostrophes straight. Bump `version` when a
/// list changes, so `transcripts analyse` knows which stored feedback is older.
public struct FeedbackLexicon: Sendable {
  /// Which edition of the lists this is; stored with each answer's feedback.
  public var version: Int

  // MARK: Tokens and clauses

  /// Words after which a full stop does not end a sentence.
  public var abbreviations: Set<String>
  /// Marks that end a clause (but not a sentence).
  public var clauseMarks: Set<String>
  /// Words that start a new clause: what comes after them has its own mood and tense.
  public var clauseJoiners: Set<String>

  // MARK: Fillers and hedges

  /// Fillers that are always fillers, one word or several, with the spellings that count as
  /// them ("umm" is "um", "kinda" is "kind of").
  public var fillers: [String: String]
  /// Fillers that are ordinary words in some places ("kind of", "like", "you know", "I mean"):
  /// the analysis decides each one from its neighbours.
  public var contextualFillers: Set<String>
  /// Words before "kind of"/"sort of" that make it ordinary English ("what kind of", "the same
  /// kind of").
  public var kindOfDeterminers: Set<String>
  /// Words before "like" that make it a verb or a comparison, not a filler ("I like", "would
  /// like", "looks like", "tools like Redis").
  public var likeNotFillerBefore: Set<String>
  /// Words before "like" that make it a filler ("and like", "was like").
  public var likeFillerBefore: Set<String>
  /// Words after "you know" that make it a real question or clause ("you know how…").
  public var youKnowNotFillerAfter: Set<String>
  /// Hedges: words that soften a claim.
  public var hedges: [String]

  // MARK: Narrative: who did what, when

  /// Words that stand for the speaker as the subject of a clause.
  public var selfSubjects: Set<String>
  /// Words that stand for the team as the subject of a clause.
  public var teamSubjects: Set<String>
  /// Nouns that, after "the", "my" or "our", make a team subject ("the team", "my squad").
  public var teamNouns: Set<String>
  /// Words allowed between a subject and its verb ("I then pulled", "we quickly split").
  public var adverbsBeforeVerb: Set<String>
  /// Words that make a clause a habit, not a thing that happened.
  public var habitMarkers: [String]
  /// How often something is done ("every week"): a habit in the present tense ("I call her
  /// every week"), a step of the story in the past ("I called her every week").
  public var frequencyPhrases: [String]
  /// Words that make a clause hypothetical or conditional.
  public var hypotheticalMarkers: [String]
  /// Phrases with "if" that are asides, not conditions ("if I'm honest").
  public var conditionalAsides: [String]
  /// Words that deny the verb that follows.
  public var negations: Set<String>
  /// Past forms that are not actions: being, having, thinking, feeling, needing, wanting.
  public var stateVerbs: Set<String>
  /// Irregular past forms of action verbs ("took", "wrote"); regular ones end in -ed.
  public var irregularPastVerbs: Set<String>
  /// Words ending in -ed that are never a past verb ("need", "hundred").
  public var notPastVerbs: Set<String>
  /// Words ending in -ed that are usually adjectives ("interested", "automated"): a past verb
  /// right after "I" or "we" ("I automated it"), a state elsewhere ("the tests were automated").
  public var adjectivesInEd: Set<String>
  /// Words after "got" that make it a state ("got nervous"), not an action.
  public var gotStates: Set<String>

  // MARK: Context

  /// Phrases that anchor a story in a time or place ("last year", "at my previous job").
  public var timeAndPlaceAnchors: [String]
  /// Phrases that set out the task ("I had to", "the goal was").
  public var taskPhrases: [String]
  /// Past forms of being and having that describe a situation ("was", "were", "had").
  public var situationVerbs: Set<String>

  // MARK: Result

  /// Phrases that say an outcome follows ("as a result", "in the end", "since then").
  public var resultMarkers: [String]
  /// Past forms that state a change or an outcome ("dropped", "renewed", "shipped").
  public var outcomeVerbs: Set<String>
  /// Verbs that find a problem rather than end one ("found", "discovered").
  public var discoveryVerbs: Set<String>
  /// Phrases that state a goal, not an outcome ("the aim was to", "in order to").
  public var goalPhrases: [String]
  /// Phrases that turn a sentence into a general claim rather than what happened.
  public var generalClaimPhrases: [String]
  /// Phrases that hand work over rather than finish it.
  public var handOverPhrases: [String]
  /// Phrases that say what was learned as a consequence.
  public var lessonPhrases: [String]

  // MARK: Numbers

  /// Number words and what they are worth ("dozen": 12, "half": 0.5).
  public var numberWords: [String: Double]
  /// Words after a number that make it a measure ("people", "percent", "hours").
  public var measureUnits: Set<String>
  /// Words before a number that make it a name or a version ("Python 3", "level 2").
  public var versionWords: Set<String>
  /// Month names, for dates.
  public var months: Set<String>
  /// Words after a number that make it no measure ("ago", "o'clock").
  public var notMeasureAfter: Set<String>
  /// Words before a number that make it a year, an age or a time ("in 2021", "aged 22").
  public var notMeasureBefore: Set<String>
  /// Multiplier words that measure on their own ("twice", "doubled").
  public var multiplierWords: Set<String>

  // MARK: Salary

  /// Phrases that say the figure is the candidate's own ("I'm looking for", "I'd want").
  public var ownFigurePhrases: [String]
  /// Phrases that say the figure is someone else's: current pay, the market, the company.
  public var otherFigurePhrases: [String]
  /// Of `otherFigurePhrases`, those that ask the employer for their figure: they say nothing of
  /// a figure the candidate gives in the next sentence.
  public var employerAskPhrases: [String]
  /// Words that make a number money ("k", "thousand", "grand", "salary").
  public var moneyWords: Set<String>

  // MARK: Questions for the employer

  /// Phrases that make an interviewer's question ask for a past experience ("tell me about a
  /// time"), whatever else it says.
  public var pastExperienceQuestionPhrases: [String]
  /// Phrases that make an interviewer's question ask what the candidate would do.
  public var hypotheticalQuestionPhrases: [String]
  /// First words of an open question.
  public var openQuestionStarts: [String]
  /// First words of a closed (yes/no) question.
  public var closedQuestionStarts: Set<String>
  /// The seeds' topics for questions to the employer and the words that show each.
  public var questionTopics: [(topic: String, words: [String])]

  // MARK: Shared words

  /// Words too common to say anything about content (for tips and job descriptions).
  public var stopWords: Set<String>
  /// Words a job description uses for every job ("experience", "ability"), never key terms.
  public var jobBoilerplate: Set<String>
  /// Everyday verbs and adjectives of postings ("own", "fast", "nice"): duties are named by
  /// their nouns ("dashboards", "query tuning"), so these are never terms on their own.
  public var jobCommonWords: Set<String>
}

extension FeedbackLexicon {
  /// The lists SecondRound ships with.
  public static let standard = FeedbackLexicon(
    version: 1,
    abbreviations: [
      "e", "g", "i", "eg", "ie", "etc", "vs", "mr", "mrs", "ms", "dr", "approx", "st",
    ],
    clauseMarks: [",", ";", ":", "—", "–", "(", ")", "\""],
    clauseJoiners: [
      "but", "so", "because", "although", "though", "which", "whereas", "otherwise", "then",
      "and",
    ],
    fillers: [
      "um": "um", "umm": "um", "ummm": "um", "uh": "uh", "uhh": "uh", "uhm": "um", "er": "er",
      "erm": "er", "ehm": "er", "basically": "basically", "actually": "actually",
      "literally": "literally", "kinda": "kind of", "sorta": "sort of",
    ],
    contextualFillers: ["like", "you know", "i mean", "kind of", "sort of"],
    kindOfDeterminers: [
      "what", "the", "that", "this", "these", "those", "same", "any", "some", "which", "a", "an",
      "one", "every", "each", "different", "other", "right", "wrong", "all", "many", "whatever",
      "no", "certain", "particular", "exact", "my", "our", "your", "their", "his", "her",
    ],
    likeNotFillerBefore: [
      "i", "you", "we", "they", "he", "she", "would", "'d", "to", "really", "don't", "didn't",
      "do", "does", "did", "doesn't", "look", "looks", "looked", "looking", "seem", "seems",
      "seemed", "sound", "sounds", "sounded", "feel", "feels", "felt", "feeling", "something",
      "nothing", "anything", "everything", "more", "less", "much", "most", "just", "exactly",
      "things", "tools", "companies", "people", "teams", "languages", "frameworks", "places",
      "stuff", "customers", "clients", "roles", "projects", "apps", "systems", "products",
      "brands", "firms", "sites", "cases", "also", "still", "genuinely", "i'd", "we'd", "you'd",
      "they'd", "not", "never", "always", "especially", "particularly", "i'll", "we'll", "what",
      "whatever", "acted", "act", "acts", "behave", "behaved", "treat", "treated", "taste",
      "tasted", "smell", "smelled", "lot", "lots", "others", "areas", "skills", "fields",
      "sectors", "industries", "tasks", "metrics", "features", "services", "databases",
      "platforms", "vendors", "partners", "organisations", "organizations", "environments",
      "situations", "issues", "problems", "ones", "someone", "somebody", "anyone", "anybody",
      "those", "these", "documents", "reports", "shops", "stores", "hospitals", "schools",
    ],
    likeFillerBefore: [
      "and", "but", "so", "because", "then", "was", "were", "is", "are", "it's", "was,", "it",
      "um", "uh", "er", "just", "basically", "actually", "literally", "of", "for", "with",
      "about", "in", "at", "took", "had", "have", "been", "there's", "there", "we're", "they're",
      "i'm", "you're", "'s", "me", "him", "her", "them", "us", "know",
    ],
    youKnowNotFillerAfter: [
      "how", "what", "that", "where", "why", "when", "if", "whether", "who", "which", "the",
      "about", "it", "them", "him", "her", "this", "those", "these", "my", "your", "our",
      "exactly", "anyone", "someone",
    ],
    hedges: [
      "i think", "i guess", "maybe", "hopefully", "perhaps", "probably", "i suppose",
      "i believe", "i'm not sure", "not sure", "i feel like", "might", "possibly", "somewhat",
      "more or less", "i'd say", "i would say", "fairly", "pretty much",
    ],
    selfSubjects: ["i", "myself"],
    teamSubjects: ["we"],
    teamNouns: [
      "team", "squad", "group", "crew", "department", "colleagues", "engineers", "staff",
      "managers", "unit",
    ],
    adverbsBeforeVerb: [
      "then", "also", "quickly", "immediately", "first", "finally", "eventually", "just",
      "actually", "basically", "personally", "really", "still", "later", "soon", "carefully",
      "manually", "directly", "even", "again", "instead", "both", "all", "together", "myself",
      "ourselves", "initially", "next", "literally", "quietly", "simply", "jointly", "each",
      "promptly", "um", "uh", "er", "so", "and", "basically", "kind", "sort", "of", "right",
      "away", "already", "calmly", "gradually", "slowly", "successfully", "proactively",
      "physically", "openly", "honestly", "essentially", "specifically", "explicitly",
      "ultimately", "subsequently", "afterwards", "meanwhile", "collectively", "secondly",
      "thirdly", "lastly", "once", "promptly", "deliberately", "nervously", "kinda", "sorta",
      "like", "rapidly", "politely", "firmly", "gently", "privately", "publicly",
    ],
    habitMarkers: [
      "always", "usually", "normally", "typically", "generally", "often", "sometimes",
      "regularly", "tend to", "tends to", "tended to", "used to", "whenever", "as a rule",
      "habitually", "frequently", "routinely", "constantly", "by default", "in general",
    ],
    frequencyPhrases: [
      "every time", "each time", "every week", "every day", "every sprint", "every month",
      "every morning", "every year", "every quarter", "most weeks", "most days", "each week",
      "each day", "each morning", "once a week", "twice a week", "once a month",
    ],
    hypotheticalMarkers: [
      "if", "unless", "would", "'d", "could", "should", "might", "will", "'ll", "wouldn't",
      "couldn't", "shouldn't", "won't", "i'd", "we'd", "i'll", "we'll", "suppose", "supposing",
      "imagine", "hypothetically", "in case", "whether", "can", "can't", "may", "plan to",
      "going to", "gonna", "want to", "need to", "have to", "try to", "like to", "hope to",
      "intend to", "would've", "could've", "should've",
    ],
    conditionalAsides: [
      "if i'm honest", "if i'm being honest", "if i remember", "if i recall", "if memory serves",
      "as if", "even if", "if anything", "if that makes sense", "if you like", "if you will",
    ],
    negations: ["not", "never", "didn't", "wasn't", "weren't", "hadn't", "no", "nobody"],
    stateVerbs: [
      "was", "were", "had", "did", "needed", "wanted", "loved", "liked", "enjoyed", "hated",
      "felt", "thought", "believed", "knew", "understood", "remembered", "realised", "realized",
      "noticed", "wondered", "worried", "hoped", "wished", "preferred", "assumed", "expected",
      "guessed", "seemed", "appeared", "happened", "tended", "used", "joined", "became",
      "struggled", "cared", "admired", "respected", "appreciated", "valued", "missed", "feared",
      "doubted", "suspected", "imagined", "considered", "meant", "got", "kept", "stayed",
      "lived", "spent", "grew", "learned", "learnt", "saw", "heard", "found", "discovered",
      "owned", "belonged", "looked", "sounded", "reckoned", "figured", "recalled",
      "panicked", "froze", "agreed", "disagreed", "hesitated", "waited", "watched", "dreaded",
      "trusted", "relied", "lacked", "inherited", "received", "wasn't", "weren't",
    ],
    irregularPastVerbs: [
      "took", "made", "wrote", "built", "ran", "set", "put", "sent", "led", "spoke", "told",
      "brought", "bought", "began", "chose", "drew", "drove", "rode", "gave", "went", "came",
      "met", "paid", "sold", "taught", "caught", "fought", "sought", "held", "left", "lost",
      "won", "cut", "hit", "shut", "split", "spread", "read", "rewrote", "rebuilt", "undertook",
      "overcame", "oversaw", "withdrew", "threw", "broke", "shook", "stood", "sat", "slept",
      "swept", "dug", "stuck", "struck", "let", "laid", "said", "sped", "fed", "bid", "forgave",
      "upheld", "wound", "bent", "lent", "flew", "hung", "sang", "rang", "sank", "shot", "shrank",
      "stole", "swore", "tore", "wore", "woke", "wrung", "handed", "ran", "redid", "did",
    ],
    notPastVerbs: [
      "need", "bed", "red", "shed", "speed", "seed", "feed", "exceed", "proceed", "succeed",
      "indeed", "embed", "hundred", "sacred", "naked", "wicked", "wretched", "beloved",
      "kindred", "rugged", "heed", "breed", "weed", "greed", "steed", "creed", "reed",
    ],
    adjectivesInEd: [
      "interested", "excited", "tired", "based", "bored", "scared", "worried", "stressed",
      "frustrated", "overwhelmed", "surprised", "motivated", "involved", "supposed",
      "experienced", "skilled", "dedicated", "detailed", "organized", "organised", "biased",
      "advanced", "qualified", "talented", "related", "limited", "sophisticated", "complicated",
      "automated", "distributed", "dated", "outdated", "unexpected", "shared", "varied",
      "mixed", "closed", "used", "required", "preferred", "desired", "listed",
    ],
    gotStates: [
      "nervous", "frustrated", "worried", "scared", "stressed", "angry", "upset", "anxious",
      "excited", "bored", "sick", "tired", "annoyed", "promoted", "hired", "fired", "lucky",
      "stuck", "confused", "involved", "used", "a", "an", "the", "to", "into", "really", "very",
      "so", "pretty", "quite", "defensive", "overwhelmed", "emotional", "impatient", "married",
      "there", "back", "home", "sucked", "dragged", "caught",
    ],
    timeAndPlaceAnchors: [
      "ago", "last year", "last month", "last week", "last quarter", "last spring",
      "last summer", "last autumn", "last fall", "last winter", "last january", "last christmas",
      "back in", "at the time", "at that time", "at my previous", "at my last", "at my old",
      "at my current", "at my first", "in my previous", "in my last", "in my first",
      "in my old", "in my current", "my previous job", "my last job", "my previous role",
      "my last role", "when i was", "when i worked", "when we were", "while i was",
      "while working", "while i worked", "during my", "during the", "during a", "one time",
      "early on", "at the start of", "at the end of", "in my time at", "on my first",
      "a few months", "a few weeks", "a few years", "a couple of years", "a couple of months",
      "earlier this year", "this year", "this spring", "this summer", "in 19", "in 20",
      "at a previous", "at a startup", "at an agency", "in my internship", "my internship",
      "in my placement", "on placement", "on a project", "on one project", "last term",
      "last semester", "at university", "in college", "at school", "one day", "one evening",
      "one morning", "one night", "a while back", "in my role at", "i worked at",
      "i worked as", "i was working", "we were working", "we were building", "i was leading",
      "i was managing", "i was running",
    ],
    taskPhrases: [
      "my task was", "my job was", "my role was", "i was responsible", "i was in charge",
      "i was asked to", "i was tasked", "i was given", "i had to", "we had to", "we needed to",
      "i needed to", "the goal was", "the aim was", "our goal was", "our aim was",
      "we were asked", "was supposed to", "the challenge was", "the problem was",
      "the issue was", "we were trying to", "i was trying to", "the brief was",
      "the plan was", "i was hired to", "i was brought in", "my brief was", "the task was",
      "the deadline", "our deadline", "we were behind", "was due", "were due", "asked me to",
      "told me to", "wanted me to", "needed me to", "asked us to", "told us to",
      "i was put in charge", "i was assigned", "we were given", "i owned", "i was the",
    ],
    situationVerbs: [
      "was", "were", "had", "wasn't", "weren't", "hadn't", "disagreed", "clashed", "argued",
    ],
    resultMarkers: [
      "as a result", "in the end", "ended up", "which meant", "resulted in", "led to",
      "the result was", "the outcome", "since then", "after that,", "from then on", "by the end",
      "so now", "to this day", "haven't had", "hasn't had", "haven't seen", "no longer",
      "went from", "down from", "up from", "went live", "went down", "went up", "met the deadline",
      "met our target", "met the target",
      "met every", "met our", "weeks early", "days early", "week early", "day early",
      "months early", "after this change", "after the change", "after that change",
      "within a month", "within a week", "within weeks", "within days", "by the next", "the result",
      "the upshot", "which cut", "which saved", "which reduced", "that cut", "that saved",
      "that meant", "this meant", "which brought", "the net effect", "paid off", "it worked",
      "that worked", "got promoted", "was promoted", "were promoted", "never happened again",
      "didn't happen again", "hasn't happened", "never came back", "didn't come back",
      "nobody", "no one complained", "on time", "ahead of schedule", "under budget",
      "now runs", "now takes", "now we", "now the", "these days", "ever since", "we now",
      "has been", "have been", "still use", "still uses", "is still", "are still",
    ],
    outcomeVerbs: [
      "dropped", "fell", "rose", "increased", "decreased", "reduced", "improved", "grew",
      "doubled", "halved", "tripled", "stopped", "disappeared", "vanished", "shipped",
      "launched", "delivered", "released", "passed", "won", "closed", "hit", "exceeded", "beat",
      "recovered", "resolved", "succeeded", "completed", "finished", "approved", "adopted",
      "accepted", "signed", "renewed", "thanked", "praised", "retained", "saved", "cut",
      "stabilised", "stabilized", "shrank", "sped", "climbed", "jumped", "soared", "plummeted",
      "lowered", "raised", "boosted", "converted", "upgraded", "extended", "expanded",
      "landed", "secured", "gained", "earned", "achieved", "surpassed", "outperformed",
      "cleared", "eliminated", "ended", "settled", "calmed", "returned", "stuck", "stayed",
      "worked", "held", "lasted", "dried", "promoted", "rehired", "reused", "kept", "lost",
      "failed", "missed", "slipped", "cancelled", "canceled", "churned", "quit", "left",
      "fixed", "solved", "restored", "went", "became", "turned", "started", "recommended",
      "offered", "hired", "asked", "commended", "rated", "scored", "topped", "graduated",
      "reached", "shortened", "tightened", "freed", "unblocked", "closed", "merged", "deployed",
      "rolled", "made", "came",
    ],
    discoveryVerbs: [
      "found", "discovered", "noticed", "realised", "realized", "saw", "spotted", "learned",
      "learnt", "heard", "identified", "detected", "uncovered", "traced", "diagnosed",
    ],
    goalPhrases: [
      "the aim was", "the goal was", "our goal", "our aim", "the idea was", "the plan was",
      "in order to", "we wanted to", "i wanted to", "the hope was", "we hoped to", "i hoped to",
      "the point was", "the objective was", "was meant to", "were meant to", "so that we could",
      "so we could", "aimed to", "trying to",
    ],
    generalClaimPhrases: [
      "in my experience", "in general", "generally", "as a rule", "i find", "i've found",
      "i've learned that", "that's why", "which is why", "i believe", "i think that",
    ],
    handOverPhrases: [
      "handed it over", "handed over", "handed it off", "handed off", "passed it to",
      "passed it on", "passed it over", "handed the", "escalated it", "escalated to",
      "transferred it", "left it with", "gave it to", "moved on to",
    ],
    lessonPhrases: [
      "i learned", "i learnt", "we learned", "we learnt", "taught me", "taught us",
      "the lesson", "my takeaway", "the takeaway", "i realised that", "i realized that",
      "what i took away", "i took away", "i came away",
    ],
    numberWords: [
      "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
      "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
      "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
      "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
      "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000, "million": 1_000_000,
      "billion": 1_000_000_000, "dozen": 12, "dozens": 24, "half": 0.5, "third": 0.33, "fifth": 0.2,
      "sixth": 0.17, "eighth": 0.125, "tenth": 0.1,
      "quarter": 0.25, "fortnight": 14, "hundreds": 200, "thousands": 2000, "score": 20,
      "couple": 2, "twice": 2, "thrice": 3, "once": 1, "zero": 0,
    ],
    measureUnits: [
      "%", "percent", "per", "cent", "percentage", "points", "people", "person", "users",
      "customers", "clients", "accounts", "staff", "employees", "engineers", "developers",
      "members", "reports", "patients", "students", "pupils", "kids", "calls", "tickets",
      "bugs", "incidents", "errors", "orders", "items", "units", "sales", "deals", "leads",
      "requests", "queries", "jobs", "tests", "files", "records", "rows", "pages", "lines",
      "servers", "machines", "nodes", "services", "teams", "stores", "sites", "shifts", "beds",
      "ms", "milliseconds", "seconds", "secs", "second", "minute", "minutes", "mins", "hour",
      "hours", "hrs", "day", "days", "week", "weeks", "month", "months", "year", "years",
      "times", "x", "k", "m", "bn", "million", "billion", "thousand", "hundred", "grand",
      "dollars", "pounds", "euros", "quid", "bucks", "gb", "mb", "tb", "kb", "km", "miles",
      "kg", "tonnes", "tons", "pallets", "boxes", "parcels", "shipments", "trucks", "vans",
      "classes", "lessons", "courses", "projects", "releases", "features", "stories",
      "interviews", "hires", "candidates", "applicants", "vendors", "suppliers", "partners",
      "stakeholders", "departments", "offices", "countries", "languages", "steps", "stages",
      "hundreds", "thousands", "dozen", "dozens", "signups", "person", "page", "mile", "step",
      "sign-ups", "visits", "visitors",
      "sessions", "downloads", "installs", "subscribers", "complaints", "reviews", "stars",
      "nps", "fte", "ftes", "headcount", "transactions", "invoices", "claims", "cases",
      "shipments", "hits", "basis", "bps", "more",
      "fewer", "less", "extra", "new", "other", "additional", "senior", "junior", "full-time",
      "part-time", "direct", "different", "separate", "major", "key", "big", "large", "small",
    ],
    versionWords: [
      "python", "java", "version", "v", "level", "tier", "windows", "ios", "android", "iphone",
      "web", "http", "series", "phase", "stage", "round", "grade", "year", "room", "floor",
      "chapter", "section", "model", "gen", "generation", "iso", "covid", "sprint", "release",
      "office", "excel", "ps", "xbox", "angular", "vue", "react", "node", "php", "ruby", "rails",
      "django", "swift", "kotlin", "c", "es", "ecmascript", "ipv", "mark", "type", "class",
      "step", "band", "pay", "key", "stage", "sql", "postgres", "postgresql", "mysql", "oracle",
      "ubuntu", "debian", "rhel", "centos", "macos", "osx", "vs", "visual", "studio", "top",
      "number", "no", "line", "route", "building", "ward", "unit", "bay", "gate", "terminal",
      "platform", "channel", "module", "lesson", "week", "day", "season", "episode", "part",
      "act", "scene", "wave", "cohort", "batch", "figma", "jira", "salesforce", "sap", "form",
    ],
    months: [
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec",
    ],
    notMeasureAfter: [
      "ago", "o'clock", "am", "pm", "a.m", "p.m", "years-old", "year-old", "yo", "th", "st",
      "nd", "rd",
    ],
    notMeasureBefore: [
      "in", "since", "until", "till", "by", "from", "of", "aged", "age", "around", "circa",
      "back", "summer", "spring", "autumn", "winter", "fall", "q", "h", "fy", "at", "before",
      "after", "during", "early", "late", "mid", "class",
    ],
    multiplierWords: [
      "twice", "thrice", "doubled", "tripled", "quadrupled", "halved", "tenfold", "twofold",
      "threefold",
    ],
    ownFigurePhrases: [
      "i'm looking for", "i am looking for", "i'd be looking for", "i would be looking for",
      "looking for", "i'm targeting", "targeting", "i'm aiming", "aiming for", "aiming at",
      "my expectation", "my expectations", "i expect", "i'd expect", "i would expect",
      "i'd want", "i would want", "i want", "i'd need", "i would need", "i need",
      "i'd like", "i would like", "i'm hoping for", "hoping for", "i'm after", "my number",
      "my target", "my ask", "i'm asking", "asking for", "my range", "i'd be comfortable",
      "comfortable with", "would work for me", "works for me", "i'd accept", "i would accept",
      "i'll accept", "ideally", "i'm thinking", "i was thinking", "my walk-away",
      "my walk away", "at least", "minimum", "my floor", "wouldn't go below",
      "won't go below", "not below", "no less than", "i'd be happy", "i'd be happy with",
      "i would be happy", "happy with", "i'd be open", "somewhere around", "something around",
      "something like", "in the region of", "i'm seeking", "seeking", "my salary expectation",
      "i'm expecting", "expecting", "would be fair", "i'd consider", "i'm open to",
      "i'd feel good", "feel right", "makes sense for me", "i'd say", "i would say",
      "i'm at", "i'd put", "i'd put myself", "i'd ask for", "i'd love", "to make the move",
      "to move", "i'm comfortable",
    ],
    otherFigurePhrases: [
      "i currently", "currently earn", "currently make", "currently on", "i'm currently",
      "i make", "i earn", "i'm on", "i'm paid", "i get paid", "my current", "right now i",
      "at the moment i", "i was making", "i was earning", "i was on", "i made", "i earned",
      "glassdoor", "levels.fyi", "levels", "market", "the data", "the average", "average",
      "median", "typically pay", "people in this role", "roles like this", "ranges from",
      "according to", "i've seen", "i have seen", "surveys", "survey", "report says",
      "benchmark", "your range", "your budget", "you budgeted", "the budget", "budgeted",
      "what range", "what's the range", "what is the range", "what are you", "you're offering",
      "you offer", "raised", "funding", "series", "valuation", "revenue", "notice",
      "the posting", "the listing", "the ad", "the advert", "the job ad", "pays",
      "you were thinking", "you had in mind", "the band", "your band",
    ],
    employerAskPhrases: [
      "your range", "your budget", "you budgeted", "the budget", "budgeted", "what range",
      "what's the range", "what is the range", "what are you", "you're offering", "you offer",
      "you were thinking", "you had in mind", "the band", "your band",
    ],
    moneyWords: [
      "k", "thousand", "grand", "salary", "base", "dollars", "pounds", "euros", "quid",
      "bucks", "package", "compensation", "comp", "ote", "total", "annual", "annually",
      "a year", "per year", "per annum", "pa", "gross",
    ],
    pastExperienceQuestionPhrases: [
      "a time", "an example", "tell me about", "tell us about", "describe a", "walk me through",
      "walk us through", "when did", "have you ever", "last time", "a situation", "an occasion",
      "a project", "a moment", "talk about", "share an", "give me an", "give us an",
    ],
    hypotheticalQuestionPhrases: [
      "would you", "will you", "if you", "how would", "what would", "would your", "you would",
      "imagine", "suppose", "how do you", "what do you", "how will", "in your first",
    ],
    openQuestionStarts: [
      "what", "how", "why", "which", "who", "where", "when", "describe", "tell me",
      "tell us", "could you walk", "can you walk", "walk me", "walk us", "could you describe",
      "can you describe", "could you tell", "can you tell", "would you describe",
      "could you talk", "can you talk", "could you share", "can you share", "i'd love to hear",
      "i'd love to know", "i'm curious", "i'd like to know", "i'd like to hear", "explain",
      "could you explain", "can you explain", "in what",
    ],
    closedQuestionStarts: [
      "is", "are", "do", "does", "did", "will", "can", "could", "would", "has", "have",
      "should", "was", "were", "am", "shall", "may", "isn't", "aren't", "don't", "doesn't",
      "won't",
    ],
    questionTopics: [
      (
        "company",
        [
          "company", "business", "strategy", "direction", "competitors", "market", "mission",
          "vision", "values", "growth", "customers", "plans", "future", "leadership",
          "organisation", "organization", "industry", "challenges", "culture",
        ]
      ),
      (
        "position",
        [
          "role", "position", "day-to-day", "day", "responsibilities", "success", "expectations",
          "first", "months", "projects", "priorities", "typical", "job", "week", "goals",
          "measure", "measured", "kpis", "objectives", "challenge",
        ]
      ),
      (
        "team",
        [
          "team", "colleagues", "manager", "report", "reports", "collaborate", "work with",
          "people", "members", "peers", "lead", "culture", "together", "department",
        ]
      ),
      (
        "hiring process",
        [
          "next steps", "process", "timeline", "hear back", "decision", "stage", "stages",
          "interview", "interviews", "hiring", "start date", "reservations", "concerns",
        ]
      ),
      (
        "compensation",
        [
          "salary", "pay", "compensation", "benefits", "bonus", "equity", "pension", "holiday",
          "vacation", "leave", "package", "raise", "401k", "insurance", "perks", "stock",
          "remote", "hybrid", "flexible", "flexibility",
        ]
      ),
      (
        "development",
        [
          "training", "learn", "learning", "growth", "grow", "career", "progression", "promotion",
          "develop", "development", "mentoring", "mentor", "mentorship", "conference", "courses",
          "path", "advance", "advancement", "skills",
        ]
      ),
    ],
    stopWords: [
      "a", "an", "the", "and", "or", "but", "if", "then", "so", "of", "to", "in", "on", "at",
      "by", "for", "with", "about", "as", "into", "from", "up", "down", "out", "over", "under",
      "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "have",
      "has", "had", "i", "me", "my", "we", "us", "our", "you", "your", "he", "she", "it", "its",
      "they", "them", "their", "this", "that", "these", "those", "what", "which", "who", "whom",
      "when", "where", "why", "how", "all", "any", "both", "each", "few", "more", "most",
      "other", "some", "such", "no", "not", "only", "own", "same", "than", "too", "very", "can",
      "will", "just", "should", "would", "could", "might", "must", "shall", "may", "also",
      "there", "here", "i'm", "i've", "i'd", "we're", "we've", "it's", "don't", "didn't",
      "one", "get", "got", "make", "made", "go", "went", "thing", "things", "way", "lot",
      "really", "well", "like", "know", "think", "said", "say", "much", "many", "even", "still",
      "yes", "yeah", "okay", "ok", "um", "uh", "er", "because", "while", "after", "before",
      "again", "once", "every", "through", "during", "without", "within", "between", "against",
      "being", "whether", "either", "neither", "via", "per", "etc", "e", "g", "ie", "eg",
      "someone", "something", "anything", "everything", "nothing", "give", "take", "put", "use",
      "used", "using", "new", "good", "great", "time", "times", "show", "shows", "ask",
      "answer", "about", "able", "want", "need", "look", "looks", "let", "sure", "whole",
    ],
    jobBoilerplate: [
      "experience", "experienced", "ability", "able", "strong", "excellent", "skills", "skill",
      "role", "candidate", "candidates", "responsibilities", "requirements", "required",
      "preferred", "plus", "bonus", "years", "year", "work", "working", "team", "teams",
      "position", "job", "company", "opportunity", "join", "looking", "ideal", "including",
      "include", "includes", "knowledge", "understanding", "familiarity", "proven", "track",
      "record", "environment", "fast-paced", "passion", "passionate", "help", "support",
      "ensure", "across", "within", "new", "apply", "applicants", "equal", "employer",
      "benefits", "salary", "competitive", "we're", "you'll", "you'd", "will", "day", "based",
      "degree", "related", "field", "etc", "must", "minimum", "demonstrated", "solid",
      "good", "great", "key", "main", "us", "our", "you", "your", "who", "what", "high",
      "level", "highly", "wide", "range", "variety", "various", "multiple", "well", "other",
      "others", "best", "per", "hours", "week", "remote", "hybrid", "office", "location",
      "full-time", "part-time", "contract", "permanent", "reporting", "report", "reports",
      "closely", "partner", "partners", "own", "owning", "drive", "driving", "deliver",
      "delivering", "build", "building", "make", "making", "grow", "growing", "area", "areas",
    ],
    jobCommonWords: [
      "own", "design", "run", "keep", "present", "tune", "slow", "fast", "reliable", "shared",
      "safe", "nice", "end", "behind", "senior", "junior", "lead", "want", "love", "write",
      "writes", "teaches", "teach", "matters", "matter", "value", "values", "care", "flow",
      "fun", "exciting", "hands-on", "self-starter", "motivated", "detail-oriented", "clear",
      "complex", "modern", "large", "small", "daily", "weekly", "able", "comfortable",
      "willing", "happy", "keen", "eager", "successful", "effective", "efficient", "robust",
      "scalable", "high-quality", "quality", "impact", "world", "people", "things", "mission",
      "closely", "end-to-end", "ownership", "production", "required", "desired", "nice-to-have",
      "tell", "bring", "find", "seek", "seeking", "use", "uses", "using", "learn", "think",
    ]
  )
}
