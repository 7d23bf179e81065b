namespace NrmPortal.Domain.Signals;

/// <summary>One indicator as defined in a version of the single indicator list.</summary>
/// <param name="Code">Unique within a version: a category prefix and a number, e.g. "DD-01".</param>
/// <param name="Category">The group the indicator is listed under.</param>
/// <param name="TextEn">What a professional may observe, in plain English.</param>
/// <param name="TextNl">The same observation in Dutch (formal, B1 level).</param>
/// <param name="PointsTo">The forms of exploitation the indicator points to; never <see cref="ExploitationForms.None"/>.</param>
/// <param name="ConcernsMinors">True for the signs that are specific to minors.</param>
public sealed record IndicatorDefinition(
    string Code,
    IndicatorCategory Category,
    string TextEn,
    string TextNl,
    ExploitationForms PointsTo,
    bool ConcernsMinors);

/// <summary>
/// The first version of the single indicator list (<i>één indicatorenlijst</i>, domain brief §3.3 and §6.2) with its handling
/// instruction (<i>handelingsinstructie</i>), seeded from public sources:
/// <list type="bullet">
/// <item>the ILO's 11 indicators of forced labour (ILO Special Action Programme to Combat Forced Labour, 2012): abuse of
/// vulnerability, deception, restriction of movement, isolation, physical and sexual violence, intimidation and threats,
/// retention of identity documents, withholding of wages, debt bondage, abusive working and living conditions, excessive
/// overtime;</item>
/// <item>the signals the domain brief names: physical or mental violence, long hours, poor care, (unprotected) sex and
/// abortions; passport taken, debt bondage, isolation, threats; forced begging, forced shoplifting, cannabis cutting
/// (<i>hennepknippen</i>), drug smuggling, benefit fraud, forced phone subscriptions (art. 273f Sr and §3.1);</item>
/// <item>the signs specific to minors named in the brief: "loverboy" grooming of Dutch minors, runaway or missing minors and
/// unaccompanied foreign minors (AMVs) under Nidos guardianship.</item>
/// </list>
/// An indicator is a signal, not proof: one indicator can be enough to report to CoMensha, and no indicator decides on its own
/// whether someone is a victim. Later versions are added next to this one, so that a signal keeps the version it was recorded with.
/// </summary>
public static class IndicatorSeed
{
    /// <summary>The general handling instruction: what to do when there are signals of trafficking.</summary>
    public const string HandlingInstructionEn =
        """
        1. If someone is in immediate danger, call 112 first.
        2. Report every possible victim to CoMensha, even at the slightest indication. You do not have to be sure that the person is a victim. The police, the Royal Netherlands Marechaussee (KMar) and the Netherlands Labour Authority (Labour Inspectorate) must report.
        3. If the person is a foreign national, the police tell them about the reflection period (bedenktijd) of up to three months. Refer the person to the police for this.
        4. If the person is under 18, involve youth care. If the person is a foreign minor without parents in the Netherlands (unaccompanied), also contact Nidos, the guardianship organisation.
        5. Write down what you saw and heard, in the person's own words where possible. Do not write down what you concluded from it.
        6. If your organisation is not obliged to report, ask the person's consent before you register them with CoMensha.
        """;

    /// <summary>De algemene handelingsinstructie: wat u doet bij signalen van mensenhandel.</summary>
    public const string HandlingInstructionNl =
        """
        1. Is iemand in direct gevaar? Bel dan eerst 112.
        2. Meld elk mogelijk slachtoffer bij CoMensha, ook bij de geringste aanwijzing. U hoeft niet zeker te weten dat de persoon slachtoffer is. De politie, de Koninklijke Marechaussee (KMar) en de Nederlandse Arbeidsinspectie zijn verplicht om te melden.
        3. Heeft de persoon niet de Nederlandse nationaliteit? Dan vertelt de politie over de bedenktijd van maximaal drie maanden. Verwijs de persoon hiervoor naar de politie.
        4. Is de persoon jonger dan 18 jaar? Schakel dan de jeugdzorg in. Is de persoon een buitenlandse minderjarige zonder ouders in Nederland (alleenstaand)? Neem dan ook contact op met Nidos, de voogdij-instelling.
        5. Schrijf op wat u zag en hoorde, zo veel mogelijk in de woorden van de persoon zelf. Schrijf niet op wat u daaruit concludeert.
        6. Is uw organisatie niet verplicht om te melden? Vraag de persoon dan om toestemming voordat u de persoon aanmeldt bij CoMensha.
        """;

    // General coercion points to every form of trafficking the brief sees in practice (art. 273f Sr, §3.1).
    private const ExploitationForms AnyForm =
        ExploitationForms.Sexual | ExploitationForms.Labour | ExploitationForms.ForcedServices | ExploitationForms.Criminal;

    private const ExploitationForms Work = ExploitationForms.Labour | ExploitationForms.ForcedServices;

    /// <summary>Version 1 of the list: 40 indicators in six categories, in list order.</summary>
    public static IReadOnlyList<IndicatorDefinition> Version1 { get; } = Array.AsReadOnly<IndicatorDefinition>(
    [
        // Coercion and control (ILO: intimidation and threats, violence, restriction of movement, isolation, deception,
        // abuse of vulnerability).
        General("CC-01", IndicatorCategory.CoercionAndControl, AnyForm,
            "The person is threatened, or says that family members in the home country are threatened.",
            "De persoon wordt bedreigd, of vertelt dat familieleden in het land van herkomst worden bedreigd."),
        General("CC-02", IndicatorCategory.CoercionAndControl, AnyForm,
            "The person has injuries, or says they were hit, hurt or sexually abused.",
            "De persoon heeft verwondingen, of vertelt geslagen, verwond of seksueel misbruikt te zijn."),
        General("CC-03", IndicatorCategory.CoercionAndControl, AnyForm,
            "The person cannot come and go freely: they are locked in, watched, or always accompanied by someone.",
            "De persoon kan niet vrij gaan en staan: de persoon wordt opgesloten, in de gaten gehouden of steeds door iemand begeleid."),
        General("CC-04", IndicatorCategory.CoercionAndControl, AnyForm,
            "The person is isolated: they have little or no contact with family or friends, and do not know the language or the address where they stay.",
            "De persoon is geïsoleerd: de persoon heeft weinig of geen contact met familie of vrienden, en kent de taal of het adres van de verblijfplaats niet."),
        General("CC-05", IndicatorCategory.CoercionAndControl, AnyForm,
            "Someone else speaks for the person, answers questions in their place, or controls their phone.",
            "Iemand anders praat voor de persoon, beantwoordt vragen in plaats van de persoon, of heeft de controle over de telefoon van de persoon."),
        General("CC-06", IndicatorCategory.CoercionAndControl, AnyForm,
            "The person was promised other work, pay or living conditions than what they found here.",
            "Aan de persoon is ander werk, loon of een andere woonsituatie beloofd dan wat de persoon hier aantrof."),
        General("CC-07", IndicatorCategory.CoercionAndControl, AnyForm,
            "Someone takes advantage of the person's weak position, for example: no residence permit, an addiction, an intellectual disability, poverty or dependence on that someone.",
            "Iemand maakt misbruik van de kwetsbare positie van de persoon, bijvoorbeeld: geen verblijfsvergunning, een verslaving, een verstandelijke beperking, armoede of afhankelijkheid van die ander."),
        General("CC-08", IndicatorCategory.CoercionAndControl, AnyForm,
            "The person is afraid, tense or distrustful, especially of the police or authorities, or tells a story that seems learned by heart.",
            "De persoon is angstig, gespannen of wantrouwig, vooral tegenover de politie of instanties, of vertelt een verhaal dat uit het hoofd geleerd lijkt."),

        // Working and living conditions (ILO: abusive working and living conditions, excessive overtime).
        General("WL-01", IndicatorCategory.WorkingAndLivingConditions, Work | ExploitationForms.Sexual,
            "The person works very long days, or many more hours than agreed, with few or no days off.",
            "De persoon werkt zeer lange dagen, of veel meer uren dan afgesproken, met weinig of geen vrije dagen."),
        General("WL-02", IndicatorCategory.WorkingAndLivingConditions, Work | ExploitationForms.Sexual,
            "The person lives at the workplace, or in housing that the employer or an intermediary arranges and controls.",
            "De persoon woont op de werkplek, of in een woning die de werkgever of een tussenpersoon regelt en beheert."),
        General("WL-03", IndicatorCategory.WorkingAndLivingConditions, Work,
            "The housing is overcrowded, unsafe or dirty, for example many people sleeping in one room without privacy.",
            "De woning is overvol, onveilig of vies, bijvoorbeeld doordat veel mensen in één kamer slapen zonder privacy."),
        General("WL-04", IndicatorCategory.WorkingAndLivingConditions, ExploitationForms.Labour,
            "The work is dangerous or unhealthy, and the person has no protective clothing, training or insurance.",
            "Het werk is gevaarlijk of ongezond, en de persoon heeft geen beschermende kleding, opleiding of verzekering."),
        General("WL-05", IndicatorCategory.WorkingAndLivingConditions, AnyForm,
            "The person gets too little food, rest or medical care, or is not allowed to see a doctor.",
            "De persoon krijgt te weinig eten, rust of medische zorg, of mag niet naar een arts."),
        General("WL-06", IndicatorCategory.WorkingAndLivingConditions, ExploitationForms.Labour,
            "The person has no written contract, signed a contract they do not understand, or works as a 'self-employed' person while an employer decides everything.",
            "De persoon heeft geen schriftelijk contract, tekende een contract dat de persoon niet begrijpt, of werkt als 'zzp'er' terwijl een werkgever alles bepaalt."),

        // Documents and debts (ILO: retention of identity documents, withholding of wages, debt bondage).
        General("DD-01", IndicatorCategory.DocumentsAndDebts, AnyForm,
            "The person does not have their own identity documents; someone else keeps them.",
            "De persoon heeft de eigen identiteitspapieren niet; iemand anders bewaart ze."),
        General("DD-02", IndicatorCategory.DocumentsAndDebts, AnyForm,
            "The person travels or works with false or borrowed documents, or does not know which documents were used for the journey.",
            "De persoon reist of werkt met valse of geleende papieren, of weet niet welke papieren voor de reis zijn gebruikt."),
        General("DD-03", IndicatorCategory.DocumentsAndDebts, AnyForm,
            "The person has a debt to the employer, recruiter or someone else, for example for the journey, housing or documents, that keeps growing or can never be paid off.",
            "De persoon heeft een schuld bij de werkgever, de ronselaar of iemand anders, bijvoorbeeld voor de reis, de woning of papieren, die steeds groter wordt of nooit af te lossen is."),
        General("DD-04", IndicatorCategory.DocumentsAndDebts, AnyForm,
            "The person has no control over their own income: someone else keeps all or most of the money, or manages the bank account.",
            "De persoon heeft geen controle over het eigen inkomen: iemand anders houdt al het geld of het meeste geld, of beheert de bankrekening."),
        General("DD-05", IndicatorCategory.DocumentsAndDebts, Work | ExploitationForms.Sexual,
            "The person is paid far below the minimum wage or not at all, or wages are withheld, paid late, or cut by high fines and unclear amounts for housing, transport or food.",
            "De persoon krijgt veel minder dan het minimumloon of helemaal niets, of het loon wordt ingehouden, te laat betaald, of verlaagd met hoge boetes en onduidelijke bedragen voor wonen, vervoer of eten."),
        General("DD-06", IndicatorCategory.DocumentsAndDebts, ExploitationForms.ForcedServices | ExploitationForms.Criminal,
            "Phone subscriptions, loans, bank accounts or companies are in the person's name, but others use them.",
            "Er staan telefoonabonnementen, leningen, bankrekeningen of bedrijven op naam van de persoon, maar anderen gebruiken ze."),

        // Sexual exploitation (brief §3.1 and §3.3: unprotected sex and abortions, loverboys).
        General("SX-01", IndicatorCategory.SexualExploitation, ExploitationForms.Sexual,
            "The person works in prostitution and must hand over all or most of the money, or must earn a fixed amount each day.",
            "De persoon werkt in de prostitutie en moet al het geld of het meeste geld afgeven, of moet elke dag een vast bedrag verdienen."),
        General("SX-02", IndicatorCategory.SexualExploitation, ExploitationForms.Sexual,
            "The person has (or must have) sex without a condom, or has had one or more abortions, possibly under pressure.",
            "De persoon heeft seks zonder condoom of moet dat doen, of heeft een of meer abortussen gehad, mogelijk onder druk."),
        General("SX-03", IndicatorCategory.SexualExploitation, ExploitationForms.Sexual,
            "The person cannot refuse clients or sexual acts, and cannot choose their own working hours.",
            "De persoon kan klanten of seksuele handelingen niet weigeren, en kan de eigen werktijden niet kiezen."),
        General("SX-04", IndicatorCategory.SexualExploitation, ExploitationForms.Sexual,
            "The person is often moved to other places, cities or countries to work, such as hotels, private homes or escort work.",
            "De persoon wordt vaak naar andere plaatsen, steden of landen gebracht om te werken, zoals hotels, woningen of escortwerk."),
        General("SX-05", IndicatorCategory.SexualExploitation, ExploitationForms.Sexual,
            "Someone else places the advertisements for the person, arranges the appointments or takes the person to clients.",
            "Iemand anders plaatst de advertenties voor de persoon, maakt de afspraken of brengt de persoon naar klanten."),
        General("SX-06", IndicatorCategory.SexualExploitation, ExploitationForms.Sexual,
            "The person's partner (a 'loverboy' or pimp) arranged the work in prostitution and collects the money, or the person has a tattoo with that partner's name or sign.",
            "De partner van de persoon (een 'loverboy' of pooier) heeft het werk in de prostitutie geregeld en haalt het geld op, of de persoon heeft een tatoeage met de naam of het teken van die partner."),

        // Criminal exploitation and forced services (brief §3.1, 2b and 2c).
        General("CR-01", IndicatorCategory.CriminalExploitation, ExploitationForms.ForcedServices,
            "The person begs in the street, is brought there and picked up by others, and has to hand over the money.",
            "De persoon bedelt op straat, wordt daar door anderen gebracht en opgehaald, en moet het geld afgeven."),
        General("CR-02", IndicatorCategory.CriminalExploitation, ExploitationForms.Criminal,
            "The person is caught shoplifting or pickpocketing again and again, often in a group, and does not keep what is stolen.",
            "De persoon wordt steeds opnieuw betrapt op winkeldiefstal of zakkenrollen, vaak in een groep, en houdt de buit niet zelf."),
        General("CR-03", IndicatorCategory.CriminalExploitation, ExploitationForms.Criminal | ExploitationForms.Labour,
            "The person is found in a cannabis plantation or cutting cannabis, and often also sleeps there.",
            "De persoon wordt aangetroffen in een hennepkwekerij of bij het hennepknippen, en slaapt daar vaak ook."),
        General("CR-04", IndicatorCategory.CriminalExploitation, ExploitationForms.Criminal,
            "The person carries or smuggles drugs, for example as a courier or by swallowing them, and says they had no choice.",
            "De persoon vervoert of smokkelt drugs, bijvoorbeeld als koerier of door ze in te slikken, en zegt geen keus te hebben gehad."),
        General("CR-05", IndicatorCategory.CriminalExploitation, ExploitationForms.Criminal,
            "Benefits or allowances are applied for in the person's name, but someone else receives or takes the money.",
            "Er worden uitkeringen of toeslagen aangevraagd op naam van de persoon, maar iemand anders ontvangt of neemt het geld."),
        General("CR-06", IndicatorCategory.CriminalExploitation, ExploitationForms.Criminal,
            "The person commits crimes to pay off a debt, or is afraid of what will happen if they refuse; someone else seems to direct them.",
            "De persoon pleegt strafbare feiten om een schuld af te lossen, of is bang voor wat er gebeurt als de persoon weigert; iemand anders lijkt de persoon te sturen."),

        // Signs specific to minors (brief §2.4 and §3.1: loverboys, runaway minors, unaccompanied foreign minors).
        Minor("MN-01", ExploitationForms.Sexual | ExploitationForms.Criminal,
            "A minor has an older 'boyfriend' or friend who first gives gifts and attention, and then controls the minor.",
            "Een minderjarige heeft een oudere 'vriend' die eerst cadeaus en aandacht geeft, en daarna de minderjarige controleert."),
        Minor("MN-02", ExploitationForms.Sexual | ExploitationForms.Criminal,
            "A minor has money, expensive clothes, phones or other gifts, and cannot explain where they come from.",
            "Een minderjarige heeft geld, dure kleding, telefoons of andere cadeaus, en kan niet uitleggen waar die vandaan komen."),
        Minor("MN-03", AnyForm,
            "A minor often runs away, is reported missing, stays away at night, or has suddenly stopped going to school.",
            "Een minderjarige loopt vaak weg, wordt als vermist opgegeven, blijft 's nachts weg, of gaat opeens niet meer naar school."),
        Minor("MN-04", AnyForm,
            "A foreign minor travels without parents and without documents, or with an adult whose relation to the minor is unclear.",
            "Een buitenlandse minderjarige reist zonder ouders en zonder papieren, of met een volwassene van wie de band met de minderjarige onduidelijk is."),
        Minor("MN-05", ExploitationForms.Sexual,
            "A minor has sexually transmitted infections or is pregnant at a young age, or talks about 'parties' with older men.",
            "Een minderjarige heeft op jonge leeftijd een soa of is zwanger, of vertelt over 'feestjes' met oudere mannen."),
        Minor("MN-06", ExploitationForms.Criminal,
            "A minor is approached online to earn quick money, for example as a drug courier or by lending their bank card.",
            "Een minderjarige wordt online benaderd om snel geld te verdienen, bijvoorbeeld als drugskoerier of door de eigen bankpas uit te lenen."),
        Minor("MN-07", Work,
            "A minor begs, sells goods or works, in the street or in a business, during school hours or at night.",
            "Een minderjarige bedelt, verkoopt spullen of werkt, op straat of in een bedrijf, onder schooltijd of 's nachts."),
        Minor("MN-08", ExploitationForms.ForcedMarriage | ExploitationForms.Sexual,
            "A minor is married or promised in marriage, or is afraid of being married against their will.",
            "Een minderjarige is getrouwd of beloofd aan iemand, of is bang om tegen de eigen wil te moeten trouwen."),
    ]);

    private static IndicatorDefinition General(
        string code, IndicatorCategory category, ExploitationForms pointsTo, string textEn, string textNl) =>
        new(code, category, textEn, textNl, pointsTo, ConcernsMinors: false);

    private static IndicatorDefinition Minor(string code, ExploitationForms pointsTo, string textEn, string textNl) =>
        new(code, IndicatorCategory.SignsSpecificToMinors, textEn, textNl, pointsTo, ConcernsMinors: true);
}
