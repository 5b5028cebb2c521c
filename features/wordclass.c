/* wordclass.c - closed word classes for attribution.
 *
 * The lists below are the classes; edit the arrays directly.  The
 * attributor asks these questions many times per token, so every word of
 * every list goes once into one hash table (built on first use) whose slot
 * holds all the classes of the word: a question is one hash and one
 * strcmp, not a binary search per class. */
#include "wordclass.h"

#include "cuewords.h"
#include "demonyms.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char *const title_words[] = {
    /* abbreviated and honorific: "Insp. Gen. X", "Det. Supt. X", "Cr X", "Sayyid X",
     * "Snr Const X", "Cst. X" */
    "brig", "brigadier", "cpl", "cr", "det", "insp", "supt", "sayyid", "sayyida", "sheikha", "amb",
    "const", "snr", "cst", "h.e.",   /* "H.E. Seng Ratanak" */
    /* "said Ald. Terrence Boyd-Whitaker", "Coun. Oksana Hrynchuk" (Canadian
     * city councils), "Dra. Patricia Goicochea" (doctora) */
    "ald", "alderman", "coun", "dra", "doctora",
    /* Spanish titles ("el gobernador X", "SECRETARIO DE SEGURIDAD PÚBLICA, X:") */
    "secretario", "secretaria", "subsecretario", "subsecretaria", "gobernador", "gobernadora",
    "fiscal", "presidente", "presidenta", "alcalde", "alcaldesa", "diputado", "diputada",
    "senador", "senadora", "ministro", "ministra", "vocero", "vocera", "canciller",
    "directora", "coordinador", "coordinadora", "comisionado", "comisionada",
    /* US county and city offices ("County Supervisor X", "City Clerk X") */
    "supervisor", "treasurer", "auditor", "comptroller", "assessor", "coroner", "clerk",
    "selectman", "selectwoman", "alderwoman",
    "acting", "adm", "administrator", "admiral", "adviser", "advisor", "ambassador", "anchor",
    "ambassador-designate", "analyst", "archbishop", "assistant", "associate",
    "attorney", "ayatollah", "bishop", "boss", "campaigner", "capt", "captain",
    "cardinal", "ceo", "chair", "chairman", "chairwoman", "chancellor", "chief", "cmdr",
    "commodore", "corporal",
    "chief-executive", "climate", "cllr", "co-founder", "coach", "col", "colonel", "commandant",
    "commander", "commissioner", "congressman", "congresswoman", "constable", "consul",
    "coordinator", "correspondent", "councillor", "councilmember", "councilor", "counsellor",
    "counselor", "counterpart", "crown", "dame", "defence",
    "defender", "defense", "deputy", "deputy-director", "detective", "director",
    "director-general", "doña", "dr", "economic", "economist", "economy", "emir", "energy",
    "envoy", "executive", "father", "fr", "fellow", "field", "finance", "finance-minister",
    "first", "foreign", "former", "founder", "gen", "general", "général", "goalkeeper", "gov",
    "governor", "governor-general", "grand", "head", "health", "high", "imam",
    "incoming", "inspector", "interim", "interior", "judge", "justice", "king", "lady",
    "lawmaker", "leader", "lieutenant", "local", "lord", "lt", "maj", "major",
    "magistrate", "manager", "marshal", "mayor", "member", "members", "mep", "midfielder",
    "minister",
    "minister-president", "ministers", "miss", "mlle", "mme", "mp", "mr", "mrs", "ms", "national",
    /* members of state and devolved legislatures ("Hosakote MLA X", "MSP X") */
    "mla", "mlc", "msp", "mpp", "mna", "mha",
    "officer", "opposition", "outgoing", "outraged", "pope", "premier", "president",
    "president-elect", "presidents", "prime", "prince", "princess", "prof", "professor",
    "queen", "rabbi", "rapporteur", "rep", "representative", "researcher", "retired",
    "rival", "secretaries", "secretary", "secretary-general", "security", "sen",
    "senator", "senior", "sergeant", "sgt", "sheikh", "sheriff", "sir", "special", "spokesman",
    "speaker", "spokesperson", "spokesperson-in-chief", "spokeswoman", "sprint", "sprinter",
    "star", "state", "striker", "superintendent", "supreme", "trade", "under-secretary",
    "undersecretary", "veteran", "vice", "vice-premier", "vice-president", "winger",
    /* West African and Commonwealth styles ("Hon. Nii Tetteh", "Engr. Musa
     * Bello", "Alhaji Abdulwaheed Ishola", "Barrister Folasade Ogunjimi") */
    "alhaja", "alhaji", "assemblyman", "assemblymember", "assemblywoman", "barrister", "eng", "engr",
    "hon", "honourable", "honorable", "pastor", "rev",
    /* Malay styles ("Datuk Dr Mohd Nasrudin Ismail", "Puan Rosmawati
     * Abdullah", "Ustaz Zulkarnain Che Ros") */
    "datin", "datuk", "encik", "puan", "ustaz", "ustazah",
    /* a Fijian chief's style, before the given name as "Sir" is ("Ratu
     * Isikeli Tuiwaqa", later "Ratu Isikeli") */
    "ratu",
    /* South Asian and labour styles ("Shri D.B. Gurung", "Smt. Beena
     * Varghese", "Comrade Ikechukwu Nwosu", "Cde", a union's "Brother Menon") */
    "brother", "cde", "comrade", "kumari", "selvi", "shri", "shrimati", "sister", "smt", "thiru",
    /* an Indian advocate's style ("Minister for Water Resources Adv. P.J.
     * Sebastian") */
    "adv", "advocate",
    /* an Indian government press note's "the Hon'ble Minister for Urban
     * Development Smt. X", "The Hon'ble Chief Minister also directed" */
    "hon'ble",
    /* "His Highness Sayyid Faisal", "Her Excellency Amina Diallo": a
     * style of address */
    "excellency", "highness", "honor", "honour", "majesty",
    /* religious styles and ranks ("Venerable Ashin Kawiya", "His
     * Beatitude", "Grand Mufti X"; not "Metropolitan Pavel", "Patriarch
     * Kirill": a bishop known by one name keeps his rank in it) */
    "abbot", "beatitude", "eminence", "holiness", "mufti", "reverend", "venerable",
    /* "Chargé d'Affaires Okafor": a diplomat's rank, two words */
    "chargé", "d'affaires", "d’affaires",
    /* Spanish styles, kept in translated transcripts and Latin American
     * English copy ("PRESIDENTA ROSAURA VILLASEÑOR:", "Canciller Ruiz",
     * "Ingeniero Zárate", "Lic. Ortega") */
    "canciller", "diputada", "diputado", "ingeniera", "ingeniero", "lic", "licenciada",
    "licenciado", "licda", "licdo", "lcda", "lcdo", "mtra", "mtro", "presidenta", "secretaria", "secretario",
    /* and military ranks ("COMANDANTE DE LA GUARDIA NACIONAL, GRAL. X:",
     * "VICEALMIRANTE X:") */
    "almirante", "comandante", "coronel", "gral", "vicealmirante",
};

static const char *const place_words[] = {
    "ababa", "abuja", "accra", "addis", "afghan", "afghanistan", "africa", "african",
    "aires", "albania", "albanian", "algeria", "algerian", "algiers", "america",
    "american", "americans", "amman", "amsterdam", "angola", "angolan", "ankara",
    "antananarivo", "arab", "arctic", "argentina", "argentine", "armenia", "armenian",
    "asean", "asia", "asian", "asmara", "astana", "athens", "atlantic", "australia",
    "australian", "austria", "austrian", "aviv", "azerbaijan", "azerbaijani", "baghdad",
    "bahrain", "bahraini", "baku", "balkan", "baltic", "bangkok", "bangladesh",
    "bangladeshi", "beijing", "beirut", "belarus", "belarusian", "belgian", "belgium",
    "berlin", "bogota", "bolivia", "bolivian", "bosnia", "bosnian", "botswanan",
    "brasilia", "brasília", "brazil", "brazilian", "britain", "british", "brussels",
    "brussels-based", "budapest", "buenos", "bulgaria", "bulgarian", "burmese", "cairo",
    "cambodia", "cambodian", "cameroon", "cameroonian", "canada", "canadian",
    "canberra", "caracas", "caribbean", "chile", "chilean", "china", "chinese",
    "colombia", "colombian", "colombo", "congo", "congolese", "copenhagen", "costa",
    "croatia", "croatian", "cuba", "cuban", "cypriot", "cyprus", "czech", "dakar",
    "damascus", "danish", "davos", "delhi", "denmark", "dhaka", "djibouti",
    "djiboutian", "dodoma", "doha", "dominican", "dubai", "dublin", "dutch", "east",
    "eastern", "ecuador", "ecuadorian", "edinburgh", "egypt", "egyptian", "emirates",
    "emirati", "england", "english", "eritrean", "estonia", "estonian", "ethiopia",
    "ethiopian", "europe", "european", "fijian", "filipino", "finland", "finnish",
    "france", "french", "gaza", "geneva", "georgia", "georgian", "german", "germany",
    "ghana", "ghanaian", "greece", "greek", "guatemala", "guatemalan", "gulf", "hague",
    "haiti", "haitian", "hanoi", "harare", "havana", "helsinki", "honduran", "hong",
    "hungarian", "hungary", "iceland", "icelandic", "india", "indian", "indo-pacific",
    "indonesia", "indonesian", "iran", "iranian", "iraq", "iraqi", "ireland", "irish",
    "islamabad", "israel", "israeli", "italian", "italy", "ivorian", "jakarta",
    "jamaican", "japan", "japanese", "jerusalem", "johannesburg", "jordan", "jordanian",
    "kabul", "kampala", "karachi", "kathmandu", "kazakh", "kazakhstan", "kenya",
    "kenyan", "khartoum", "kiev", "kigali", "kinshasa", "korea", "korean", "kosovo",
    "kremlin-backed", "kuala", "kuwait", "kuwaiti", "kyiv", "kyrgyz", "lagos", "lankan",
    "laos", "laotian", "latvia", "latvian", "lebanese", "lebanon", "libya", "libyan",
    "lima", "lisbon", "lithuania", "lithuanian", "london", "luanda", "lumpur", "lusaka",
    "luxembourg", "luxembourgish", "macedonian", "madrid", "malawian", "malaysia",
    "malaysian", "mali", "malian", "maltese", "manama", "manila", "maputo", "mexican",
    "mexico", "middle", "mideast", "minsk", "mogadishu", "moldova", "moldovan",
    "mongolia", "mongolian", "montenegrin", "moroccan", "morocco", "moscow",
    "mozambican", "mumbai", "muscat", "myanmar", "nairobi", "namibian", "nato-member",
    "naypyidaw", "nepal", "nepali", "netherlands", "new", "nicaraguan", "nigeria",
    "nigerian", "nordic", "north", "northern", "norway", "norwegian", "oman", "omani",
    "oslo", "ottawa", "pacific", "pakistan", "pakistani", "palestine", "palestinian",
    "panama", "panamanian", "papuan", "paraguayan", "paris", "penh", "peru", "peruvian",
    "philippine", "philippines", "phnom", "poland", "polish", "portugal", "portuguese",
    "prague", "pretoria", "pyongyang", "qatar", "qatari", "rabat", "ramallah", "rican",
    "riyadh", "romania", "romanian", "rome", "russia", "russian", "russians", "rwanda",
    "rwandan", "salvadoran", "sanaa", "santiago", "saudi", "scotland", "senegal",
    "senegalese", "seoul", "serbia", "serbian", "shanghai", "singapore", "singaporean",
    "sino-russian", "sino-us", "slovak", "slovakia", "slovenia", "slovenian", "somali",
    "somalia", "south", "southern", "spain", "spanish", "sri", "stockholm",
    "strasbourg", "sudan", "sudanese", "sweden", "swedish", "swiss", "switzerland",
    "syria", "syrian", "taipei", "taiwan", "taiwanese", "tajik", "tanzanian",
    "tashkent", "tbilisi", "tehran", "tel", "thai", "thailand", "the-hague", "tokyo",
    "tripoli", "tunis", "tunisia", "tunisian", "turkey", "turkish", "turkiye",
    "turkmen", "türkiye", "u.k.", "u.s.", "uganda", "ugandan", "uk", "ukraine",
    "ukrainian", "ulaanbaatar", "un", "uruguay", "uruguayan", "us", "usa", "uzbek",
    "uzbekistan", "venezuela", "venezuelan", "vienna", "vietnam", "vietnamese",
    "warsaw", "washington", "west", "western", "yemen", "yemeni", "yerevan", "york",
    "zambia", "zambian", "zealand", "zealander", "zimbabwe", "zimbabwean",
    /* countries added with their demonyms (not "chad", also a given name) */
    "benin", "botswana", "czechia", "eritrea", "fiji", "gabon", "gambia", "guinea",
    "honduras", "jamaica", "kyrgyzstan", "liberia", "malawi", "mauritania", "montenegro",
    "mozambique", "namibia", "nicaragua", "niger", "paraguay", "tajikistan", "togo",
    "turkmenistan", "uae", "vanuatu", "brunei", "bhutan", "maldives", "madagascar",
    "mauritius", "lesotho", "eswatini", "burundi",
    "malta", "samoa", "samoan", "tonga", "tongan", "guyana", "guyanese", "belize",
    "belizean", "suriname", "surinamese", "barbados", "barbadian", "bahamas", "bahamian",
    "timor", "timor-leste", "timorese", "comoros", "comorian", "seychelles", "kiribati",
    "tuvalu", "nauru", "palau", "greenland", "greenlandic", "trinidad", "tobago",
    "trinidadian",
};

static const char *const org_head_words[] = {
    "academy", "administration", "afp", "agency", "airlines", "airways", "alliance",
    "coastguard", "gendarmerie", "tribunal", "caucus", "faction",
    /* local government ("The Basra governorate issued a statement") */
    "governorate", "municipality", "prefecture",
    "amnesty", "ap", "army", "asean", "assembly", "association", "authorities",
    "authority", "bank", "bbc", "bloc", "bloomberg", "board", "brics", "bureau",
    "cabinet", "cctv", "center", "centre", "chamber", "coalition", "command",
    "commissariat", "commission", "committee", "company", "confederation", "congress",
    "district",
    "consortium", "corp", "corporation", "council", "court", "department", "directorate",
    "embassy", "consulate", "consulate-general", "employer", "employers", "eu", "federation",
    "fifa", "foods", "forces",
    "foundation", "front", "fund", "g20", "g7", "government", "group", "guard", "guards",
    "headquarters", "holdings", "house", "iaea", "imf",
    "inc", "industries", "institute", "interfax", "ioc", "jury", "kremlin", "league",
    "limited", "logistics", "ltd", "military", "ministries", "ministry", "motors", "movement",
    "nato", "navy", "network", "office", "opec", "organisation", "organization",
    "palace", "parliament", "partido", "party", "pentagon", "pharmaceuticals", "plastics", "plc",
    "presidency", "reuters", "secretariat", "senate", "service", "services", "tass",
    "technologies", "telecom", "un", "unhcr", "unicef", "union", "university", "watch",
    "who", "wto", "xinhua",
    /* company forms and trades ("PT Dana Cepat", "Kuusamo Networks Oyj") */
    "biotech", "bv", "electronics", "gmbh", "llc", "networks", "nv", "oyj", "pharma",
    "pt", "pty", "semiconductor", "semiconductors", "syndicat", "tbk",
    /* outlets ("obtained by The Weekly Dispatch", "state television said"; not
     * "news", "post" or "press", which are heads of other subjects too) */
    "broadcasting", "chronicle", "courier", "dispatch", "examiner", "gazette", "globe",
    "herald", "inquirer", "journal", "monitor", "newspaper", "radio", "telegraph",
    "television", "times", "tribune",
};

static const char *const person_noun_words[] = {
    "convenor", "convener",
    "academic", "academics", "activist", "activists", "adviser", "advisers", "advisor",
    "agent", "broker",
    "anchor", "columnist", "commentator", "correspondent", "editor", "interviewer",
    "moderator", "presenter",
    "advisors", "aide", "aides", "ambassador", "analyst", "analysts", "attorney",
    "author", "bishop", "campaigner", "campaigners", "candidate", "candidates",
    "captain", "ceo", "chair", "chairman", "chairperson", "chairwoman", "chancellor",
    "chief", "coach", "commander", "commissioner", "councillor", "councilmember",
    "councilor", "counterpart", "critic", "critics", "defender", "delegate", "delegates", "diplomat",
    "diplomats", "director", "doctor", "doctors", "driver", "drivers", "economist",
    "economists", "emir", "engineer", "engineers", "envoy", "epidemiologist",
    "executive", "executives", "expert", "experts", "fan", "fans", "farmer", "farmers",
    "father", "figure", "fisherman", "fishermen", "forward", "founder", "general", "goalkeeper",
    "governor", "head", "historian", "imam", "journalist", "journalists", "judge",
    "king", "lawmaker", "lawmakers", "lawyer", "lawyers", "leader", "leaders",
    "manager", "mayor", "mediator", "member", "merchant", "midfielder", "minister", "mother", "mum",
    "mom", "dad", "grandmother", "grandfather",
    "negotiator", "negotiators", "novelist", "nurse", "nurses", "observer", "observers",
    "officer", "officers", "official", "officials", "organiser", "organizer", "owner",
    "owners", "physician", "pilot", "player", "pope", "premier", "president",
    "president-elect", "priest", "prince", "professor", "prosecutor", "protester",
    "protesters", "queen", "refugee", "refugees", "reporter", "reporters",
    "representative", "representatives", "researcher", "researchers", "resident",
    "residents", "scientist", "scientists", "secretary", "senator", "sheikh",
    "shopkeeper", "soldier", "soldiers", "source", "sources", "spokesman",
    "spokesperson", "spokeswoman", "striker", "student", "students", "surgeon",
    "survivor", "survivors", "teacher", "teachers", "trader", "traders", "vendor",
    "veteran", "veterans", "villager", "villagers", "voter", "voters", "winger",
    "witness", "witnesses", "worker", "workers",
    /* an election's ("nationalist challenger Cornel Bălănescu") */
    "challenger",
    /* sports desks' epithets ("the former Enyimba tactician", "the
     * Wolves skipper") */
    "tactician", "skipper", "playmaker", "marksman", "helmsman", "sheriff",
    /* the clergy ("the monk urged", "the abbot said") */
    "abbot", "cleric", "clerics", "monk", "monks", "nun", "nuns", "patriarch", "preacher",
    /* members of legislatures ("the Green-Left deputy shot back", "the MP said") */
    "deputy", "deputies", "mp", "mps", "legislator", "legislators", "mla", "mlas", "msp",
    "msps", "mpp", "mpps", "mna", "mnas",
    "parliamentarian", "parliamentarians", "congressman", "congresswoman", "assemblyman",
    "assemblywoman", "councilman", "councilwoman", "alderman",
    /* Spanish copy's unnamed sources ("Un mando de la Guardia Nacional
     * que pidió el anonimato señaló") */
    "mando", "funcionario", "funcionaria", "vecino", "vecina", "testigo", "fuente",
    "diplomático", "diplomática",
    /* the people of everyday stories ("A commuter said", "a civil
     * servant who pleaded anonymity told our correspondent") */
    "servant", "servants", "commuter", "commuters", "motorist", "motorists", "employee",
    "employees", "staffer", "staffers", "bystander", "bystanders", "neighbour", "neighbours",
    "neighbor", "neighbors", "volunteer", "volunteers", "demonstrator", "demonstrators",
    "migrant", "migrants", "supporter", "supporters", "athlete", "athletes", "retiree",
    "retirees", "colleague", "colleagues",
};

static const char *const document_words[] = {
    "advisory", "article", "broadcast", "bulletin", "commentary", "communique",
    "communiqué", "declaration", "decree", "document", "editorial", "email", "filing",
    "guidance", "indictment", "interview", "judgement", "judgment", "letter", "memo",
    "note", "notice", "order", "post", "quote", "readout", "release", "report", "resolution",
    "ruling", "statement", "study", "survey", "text", "transcript", "verdict",
    "website",
};

static const char *const particle_words[] = {
    "abu", "af", "al", "ap", "bin", "bint", "binti", "da", "das", "de", "dei", "degli", "del", "es",
    "della", "delle", "den", "der", "des", "di", "do", "dos", "du", "el", "et", "ibn", "la",
    "le", "les", "pour", "ten", "ter", "van", "vom", "von", "y", "zu",
};

static const char *const function_words[] = {
    "a", "about", "according", "across", "advertisement", "after", "against", "also",
    "although", "amid", "among", "an", "and", "april", "around", "as", "asked", "at",
    "august", "because", "before", "behind", "between", "beyond", "but", "by",
    "december", "despite", "dr", "during", "earlier", "elsewhere", "february", "for",
    "friday", "from", "her", "here", "his", "how", "however", "if", "in", "indeed",
    "inside", "instead", "into", "it", "its", "january", "july", "june", "last",
    "later", "march", "may", "meanwhile", "monday", "more", "mr", "mrs", "ms", "near",
    "november", "now", "october", "of", "on", "or", "our", "outside", "over", "photo",
    "read", "related", "saturday", "separately", "september", "share", "since", "so",
    "speaking", "still", "sunday", "that", "the", "their", "then", "there", "this",
    "though", "through", "thursday", "to", "today", "tomorrow", "toward", "towards",
    "tuesday", "under", "unlike", "until", "wednesday", "what", "when", "where",
    "which", "while", "who", "why", "with", "without", "yesterday", "yet",
    /* a quantifier or a participle opening a sentence is no name: "Some
     * highlights (our translation):", "Reacting, Governor Nwosu …" */
    "some", "reacting", "responding", "commenting",
    "countering", "replying",
    /* a pronoun's contraction opening a sentence is no name: "You've called …" */
    "he'd", "he's", "i'd", "i'll", "i'm", "i've", "it's", "let's", "she'd", "she's",
    "that's", "there's", "they'd", "they'll", "they're", "they've", "we'd", "we'll",
    "we're", "we've", "you'd", "you'll", "you're", "you've",
};

static const char *const pronoun_words[] = {
    "he", "her", "him", "i", "it", "she", "them", "they", "we",
    /* contracted with their verb: "She's been scathing:" */
    "he's", "she's", "he'd", "she'd", "they're", "they've", "they'd", "we're", "we've",
    /* French copy's inverted "« … », a-t-il déclaré" */
    "a-t-il", "a-t-elle",
};

static const char *const determiner_words[] = {
    "a", "an", "another", "each", "every", "her", "his", "its", "one", "our", "that",
    "the", "their", "these", "this", "those",
};

static const char *const skippable_words[] = {
    "afternoon", "again", "already", "also", "angrily", "bluntly", "calmly", "curtly",
    "earlier", "even", "evening", "finally", "firmly", "flatly", "friday", "further",
    "had", "has", "have", "just", "herself", "himself", "is", "itself", "last", "later",
    "monday", "month", "morning", "night", "on", "once", "only", "openly", "previously",
    "privately", "proudly", "publicly", "quickly", "recently", "repeatedly",
    "reportedly", "saturday", "separately", "sharply", "simply", "subsequently",
    "afterwards", "afterward", "long", "nevertheless", "nonetheless", "meanwhile",
    "sunday", "tersely", "themselves", "then", "thursday", "today", "tonight",
    "tuesday", "was", "wednesday", "week", "weekend", "were", "will", "would", "year",
    "yesterday",
};




/* Reporting verbs that can stand before their subject ("…,” said Li).
 * Transitive cues (accused, praised, urged) take an object there instead. */
static const char *const invertible_words[] = {
    "acknowledged", "added", "adds", "admitted", "argued", "asked", "asks", "beamed",
    "bellowed", "boasted", "cautioned", "chuckled", "complained", "conceded", "concluded",
    "confirmed", "continued", "declared", "emphasised", "emphasized", "exclaimed",
    "explained", "explains", "fumed", "grinned", "grumbled", "grumbles", "gushed", "heckled", "insisted", "interjected",
    "joked", "laughed", "noted", "observed", "pleaded", "quipped", "raged", "raved",
    "recalled", "remarked", "replied", "responded", "retorted", "said", "says",
    "screamed", "shouted", "sighed", "smiled", "snapped", "sneered", "stated", "stressed",
    "thundered", "tweeted", "warned", "writes", "wrote", "yelled",
    /* "dijo el gobernador X", "afirme le ministre" */
    "dijo", "dice", "afirmó", "afirma", "aseguró", "asegura", "señaló", "señala", "declaró",
    "explicó", "explica", "agregó", "añadió", "indicó", "advirtió", "sostuvo", "subrayó",
    "expresó", "comentó", "insistió", "respondió", "lamentó", "relató", "déclaré", "déclare",
    "affirmé", "affirme", "souligné", "souligne", "expliqué", "indiqué", "ajouté", "ajoute",
    "estimé", "estime", "assuré", "martelé", "lancé", "réaffirmé", "dit", "précisé",
    "rappelé", "insisté", "regretté", "confié", "poursuivi", "conclu", "averti", "répondu",
    "reconnu", "annoncé", "déploré", "salué", "promis", "fustigé", "prévenu",
};

/* Words that end or head the names of places, events and things, never of
 * people: "Ganga Water Treaty", "Port Vila", "Gulf of Finland". */
static const char *const thing_words[] = {
    "accord", "act", "agreement", "airport", "arena", "avenue", "award", "bay", "bridge",
    "canal", "centro", "championship", "championships", "city", "club", "coast", "code",
    "conference",
    "convention",
    "corridor", "county", "cup", "dam", "declaration", "delta", "desert", "district",
    "festival", "forum", "framework", "games", "gulf", "highway", "initiative", "island",
    "islands", "lake", "mountains", "ocean", "peninsula", "plan", "port", "prize",
    "programme", "project", "protocol", "province", "region", "river", "road", "route",
    "sea", "square", "stadium", "station", "strait", "straits", "street", "summit",
    "treaty", "valley", "zone",
};

/* Words that name a business by its trade after its own name ("Kimbembe
 * Mining", "Atlas Helios Power", "Crannóg Stores"; not "Co Galway"):
 * "the company", an unnamed spokesperson's organisation (orgs.c) and a
 * person "of" a business (subjects.c) look for them. */
static const char *const trade_words[] = {
    "mining", "minerals", "metals", "resources", "power", "energy", "renewables",
    "renovables", "water", "petroleum", "oil", "gas", "steel", "cement", "shipping",
    "capital", "partners", "ventures", "investments", "insurance", "mineradora", "minera",
    "automotive", "textiles", "chemicals", "construction", "properties", "systems",
    "solutions", "labs", "media", "communications", "aerospace", "therapeutics", "brands",
    "breweries", "refining", "exploration", "developments", "lines", "sa", "ag", "spa",
    "ltda", "bhd", "co", "electronics", "semiconductor", "freight", "stores",
    "supermarkets", "securities", "analytics", "advisors", "advisers", "consulting",
    "associates", "strategies", "economics", "management", "ports", "marine", "maritime",
    "terminals", "auto",
};

/* Lowercase nouns that say a name is a business's ("national grid
 * operator Ukrenergo", "Lumora Analytics, a Singapore-based firm"), and
 * those that say it is an outlet's ("Le Phare de Tunis, a French-language
 * daily", "La Gaceta del Estrecho, published in Algeciras"). */
static const char *const business_words[] = {
    "company", "firm", "operator", "group", "maker", "manufacturer", "producer", "lender",
    "carrier", "airline", "developer", "miner", "insurer", "retailer", "startup",
    "start-up", "subsidiary", "conglomerate", "supplier", "exporter", "refiner", "utility",
    "vendor", "provider", "brokerage", "chain", "platform", "shipper", "builder",
    "drugmaker", "carmaker", "automaker", "chipmaker", "shipbuilder", "steelmaker",
    "planemaker", "bank", "venture",
};
static const char *const outlet_words[] = {
    "newspaper", "paper", "daily", "weekly", "tabloid", "broadsheet", "magazine", "published",
};

/* The verbs of speech proper: a cue among these makes its subject the
 * person now talking, for pronouns and uncued quotes that follow. */
static const char *const speech_words[] = {
    "according to", "added", "adds", "argued", "argues", "explained", "explains",
    "insisted", "insists", "noted", "notes", "quoted", "said", "says", "stated",
    "stressed", "stresses", "told", "tells", "warned", "warns", "wrote", "writes",
    "dijo", "dice", "afirmó", "aseguró", "señaló", "declaró", "explicó", "agregó", "añadió",
    "déclaré", "déclare", "affirmé", "affirme", "expliqué", "ajouté", "ajoute", "dit",
    "précisé", "indiqué",
};

/* --- the table ---------------------------------------------------------- */

typedef struct wc_slot {
    const char *word;       /* NULL: empty slot */
    uint32_t hash;          /* wc_hash(word): most probes end without a strcmp */
    uint32_t bits;
    int16_t cue;            /* index into st_cue_words, or -1 */
    int16_t demonym;        /* index into demonyms, or -1 */
} wc_slot;

#define WC_ENTRIES (sizeof title_words / sizeof *title_words + sizeof place_words / sizeof *place_words + sizeof org_head_words / sizeof *org_head_words + sizeof person_noun_words / sizeof *person_noun_words + sizeof document_words / sizeof *document_words + sizeof particle_words / sizeof *particle_words + sizeof function_words / sizeof *function_words + sizeof pronoun_words / sizeof *pronoun_words + sizeof determiner_words / sizeof *determiner_words + sizeof skippable_words / sizeof *skippable_words + sizeof invertible_words / sizeof *invertible_words + sizeof speech_words / sizeof *speech_words + sizeof thing_words / sizeof *thing_words + sizeof trade_words / sizeof *trade_words + sizeof business_words / sizeof *business_words + sizeof outlet_words / sizeof *outlet_words + \
                    ST_CUE_WORDS_MAX + ST_DEMONYMS_MAX + 4)
#define WC_SLOTS 8192
/* At most half full, so that probes stay short and always end. */
_Static_assert(WC_ENTRIES * 2 <= WC_SLOTS, "word class table too small");
_Static_assert(WC_SLOTS <= 32767, "slot indexes must fit st_wc_id");

static wc_slot table[WC_SLOTS];
static pthread_once_t table_once = PTHREAD_ONCE_INIT;

static uint32_t wc_hash(const char *w)
{
    uint32_t h = 2166136261u;
    for (; *w; w++)
        h = (h ^ (unsigned char)*w) * 16777619u;
    return h;
}

static wc_slot *wc_slot_of(const char *w, uint32_t h)
{
    uint32_t i = h & (WC_SLOTS - 1);
    while (table[i].word && (table[i].hash != h || strcmp(table[i].word, w) != 0))
        i = (i + 1) & (WC_SLOTS - 1);
    return &table[i];
}

static wc_slot *wc_add(const char *w)
{
    uint32_t h = wc_hash(w);
    wc_slot *sl = wc_slot_of(w, h);
    if (!sl->word) {
        sl->word = w;
        sl->hash = h;
        sl->cue = sl->demonym = -1;
    }
    return sl;
}

static void wc_build(void)
{
#define LIST(name, bit) { name, sizeof name / sizeof *name, bit }
    static const struct { const char *const *v; size_t n; uint32_t bit; } classes[] = {
        LIST(title_words, ST_WC_TITLE),
        LIST(place_words, ST_WC_PLACE),
        LIST(org_head_words, ST_WC_ORG_HEAD),
        LIST(person_noun_words, ST_WC_PERSON_NOUN),
        LIST(document_words, ST_WC_DOCUMENT),
        LIST(particle_words, ST_WC_PARTICLE),
        LIST(function_words, ST_WC_FUNCTION),
        LIST(pronoun_words, ST_WC_PRONOUN),
        LIST(determiner_words, ST_WC_DETERMINER),
        LIST(skippable_words, ST_WC_SKIPPABLE),
        LIST(invertible_words, ST_WC_INVERTIBLE),
        LIST(speech_words, ST_WC_SPEECH),
        LIST(thing_words, ST_WC_THING),
        LIST(trade_words, ST_WC_TRADE),
        LIST(business_words, ST_WC_BUSINESS),
        LIST(outlet_words, ST_WC_OUTLET),
    };
#undef LIST
    for (size_t k = 0; k < sizeof classes / sizeof *classes; k++)
        for (size_t i = 0; i < classes[k].n; i++)
            wc_add(classes[k].v[i])->bits |= classes[k].bit;
    for (size_t i = 0; i < st_cue_words_n; i++)
        wc_add(st_cue_words[i].word)->cue = (int16_t)i;
    for (size_t i = 0; i < st_demonyms_n; i++)
        wc_add(st_demonyms[i].country)->demonym = (int16_t)i;
    wc_add("according")->bits |= ST_WC_ACCORDING;
    wc_add("quoted")->bits |= ST_WC_QUOTED;
    wc_add("quotes")->bits |= ST_WC_QUOTED;
    wc_add("quoting")->bits |= ST_WC_QUOTED;
}

/* The slot of w, or NULL when w is in no class. */
static const wc_slot *wc_find(const char *w)
{
    const wc_slot *sl;
    pthread_once(&table_once, wc_build);
    sl = wc_slot_of(w, wc_hash(w));
    return sl->word ? sl : NULL;
}

st_wc_id st_wc_lookup(const char *w)
{
    const wc_slot *sl = wc_find(w);
    const char *of = sl ? "" : strchr(w, '-');
    while (of && *of && !(of[0] == '-' && of[1] == 'o' && of[2] == 'f' && of[3] == '-'))
        of = strchr(of + 1, '-');
    if (of && *of && (size_t)(of - w) < 32) {
        /* "mum-of-three", "father-of-two": the person noun before "-of-" */
        char head[32];
        memcpy(head, w, (size_t)(of - w));
        head[of - w] = '\0';
        sl = wc_find(head);
        if (sl && !(sl->bits & ST_WC_PERSON_NOUN))
            sl = NULL;
    }
    return sl ? (st_wc_id)(sl - table) : ST_WC_NONE;
}

int st_wc_id_is(st_wc_id id, unsigned mask)
{
    return id != ST_WC_NONE && (table[id].bits & mask) != 0;
}

static int slot_cue(const wc_slot *sl, const char **canon)
{
    if (!sl)
        return ST_CUE_NONE;
    if (sl->bits & ST_WC_ACCORDING) {
        *canon = "according to";
        return ST_CUE_ACCORDING;
    }
    if (sl->bits & ST_WC_QUOTED) {
        *canon = "quoted";
        return ST_CUE_QUOTED;
    }
    if (sl->cue < 0)
        return ST_CUE_NONE;
    *canon = st_cue_words[sl->cue].word;
    return st_cue_words[sl->cue].type;
}

int st_wc_id_cue(st_wc_id id, const char **canon)
{
    return slot_cue(id == ST_WC_NONE ? NULL : &table[id], canon);
}

static int wc_is(const char *w, uint32_t bit)
{
    const wc_slot *sl = wc_find(w);
    return sl && (sl->bits & bit);
}

int st_wc_title(const char *w)
{
    return wc_is(w, ST_WC_TITLE);
}

int st_wc_place(const char *w)
{
    return wc_is(w, ST_WC_PLACE);
}

int st_wc_org_head(const char *w)
{
    return wc_is(w, ST_WC_ORG_HEAD);
}

int st_wc_person_noun(const char *w)
{
    return wc_is(w, ST_WC_PERSON_NOUN);
}

int st_wc_function(const char *w)
{
    return wc_is(w, ST_WC_FUNCTION);
}

int st_wc_pronoun(const char *w)
{
    return wc_is(w, ST_WC_PRONOUN);
}

int st_wc_determiner(const char *w)
{
    return wc_is(w, ST_WC_DETERMINER);
}

int st_wc_skippable(const char *w)
{
    return wc_is(w, ST_WC_SKIPPABLE);
}

int st_wc_cue_invertible(const char *w)
{
    return wc_is(w, ST_WC_INVERTIBLE);
}

int st_wc_cue_speech(const char *w)
{
    return wc_is(w, ST_WC_SPEECH);
}

int st_wc_cue(const char *w, const char **canon)
{
    return slot_cue(wc_find(w), canon);
}

const char *st_wc_demonym(const char *country)
{
    const wc_slot *sl = wc_find(country);
    return sl && sl->demonym >= 0 ? st_demonyms[sl->demonym].adjective : NULL;
}
