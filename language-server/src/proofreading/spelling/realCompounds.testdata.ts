// 200 real compounds the speller must keep accepting (issue 16): words no list has, each made
// of listed parts, as they stand in the clean dev sentences (nbnn-dev.tsv: 100 Bokmål, 100
// Nynorsk, the most frequent first; typos among them left out by hand). They show the word
// lists' productive patterns: a modifier with a linking -s- ("identitets|bekreftelse"), a
// modifier in -e ("lenke|området"), a verb stem ("skrive|hastighet"), three parts
// ("lysbilde|fram|visningen"), a definite head ("-vinduet", "-vindauget").
// Used by realWords.spec.ts; not shipped.

export const REAL_COMPOUNDS_NB: readonly string[] = [
    "dialogvinduet", "høyreklikk", "fargeovergangen", "kontorpakken", "mellomtjeneren", "verktøylinjen",
    "kontaktlisten", "dimensjonslinjen", "programtillegg", "tekstobjektet", "fildeleren",
    "lysbildeframvisningen", "nettadresse", "lysbildeframvisning", "nettadresser", "sidestolpen",
    "fargemodellen", "identitetsbekreftelse", "listeboksen", "månedsvisning", "animasjonseffekten",
    "avkryssingsboksen", "hurtigtaster", "kontaktliste", "kontekstmenyen", "lenkeområdet",
    "lysbildefremvisning", "samtalevinduet", "smilefjes", "binærtall", "datonavigatøren", "dialogvindu",
    "fargeverdien", "filoverføring", "formlikhet", "hyperkobling", "hyperkoblinger", "hyperlenken",
    "kildefilen", "menylinjen", "nummereringstegn", "pakkelista", "programtillegget", "rotasjonsvinkelen",
    "symbolsett", "tegneobjektet", "vekselminne", "avmerkingsboksen", "bildefil", "bildekartet",
    "brennehastighet", "fanelinja", "fargeknappen", "fontstørrelse", "hyperkoblingen", "hyperlenker",
    "informasjonskapsler", "innstillingsfil", "kurveintegral", "makrotypen", "månedsvisningen", "passordfil",
    "plassholder", "portnummeret", "rullefeltet", "skraveringsmønstret", "styrelinje", "tegnkoding",
    "tilgjengelighetsverktøy", "tilstedeværelsesvarsling", "tittellysbildet", "tredjegradskurve",
    "tredjegradskurven", "valutaenheter", "agendamalen", "animasjonseffekt", "avkrysningsboksen",
    "bilderestaurering", "dagboknotiser", "erstatningstabellen", "fargeoppsettet", "fargeovergang",
    "festelinje", "fullskjermmodus", "gjøremålslista", "hyperlenke", "kombinasjonsboksen", "kontaktikon",
    "listeelementet", "lupebildet", "markørposisjon", "navnerom", "oppsettsfiler", "pakkebrønn",
    "pakkenavnene", "planleggervisning", "plassholdere", "rubintekst", "signaturlinjen",
    "skaleringsfaktoren",
];

export const REAL_COMPOUNDS_NN: readonly string[] = [
    "dialogvindauget", "dialogvindauge", "fargeovergangen", "verktøylinja", "vennelista", "kontorprogrammet",
    "musepeikaren", "lenkjeområdet", "mellomtenaren", "målelinja", "botntekst", "hyperlenkje", "sidestolpen",
    "hyperlenkjer", "praterom", "timeplanvisinga", "avkryssingsboksen", "førehandsvising", "tekstobjektet",
    "høgreklikka", "lysbiletframvising", "datoveljaren", "hovudlysbiletet", "listeboksen",
    "lysbiletframvisinga", "nettadressa", "nettadresser", "programtillegget", "fargeovergang",
    "fargeverdien", "høgreklikk", "månadsvisinga", "praterommet", "smilefjes", "animasjonseffekten",
    "brukarnamn", "grunnstorleiken", "menylinja", "pakkekrav", "pakkelista", "programtillegg",
    "standardoppsettet", "støttelinjer", "autoretting", "binærtal", "brukargrensesnittet", "kjeldefila",
    "kjeldekode", "kontekstmenyen", "lenkjeområde", "nedtrekkslista", "nettadresse", "registerlinjene",
    "rullefeltet", "snartastar", "standardverdiane", "søppelpost", "biletfil", "biletfila", "brennefart",
    "brukargrensesnitt", "fanelinja", "fargeglidebrytaren", "fargeoppsett", "fargeoppsettet",
    "fargeveljaren", "hyperlenkja", "kurveintegral", "lynmeldingar", "makrotypen", "musehjulet",
    "møteplanmalen", "nummereringsteikn", "plasshaldar", "punktteikn", "samtalevindauget", "skjemafelt",
    "skraveringsmønsteret", "skriftstorleiken", "styrelinje", "symbolsett", "søkjetekst", "søkjeteksten",
    "talformatet", "teikneobjektet", "tredjegradskurva", "tredjegradskurve", "tryggleikskopi", "veksleminne",
    "vindaugeknappane", "volumgruppa", "brukarnamnet", "endringsmenyen", "erstatningstabellen",
    "fargemodellen", "festelinja", "filterinnstillingane", "fullskjermsmodus", "heimemappa",
    "hovudvindauget",
];
