using System.Collections.Frozen;

namespace NrmPortal.Domain.Signals;

/// <summary>
/// A country or territory with an ISO 3166-1 alpha-2 code, its short name in English and Dutch, and whether it is a member state
/// of the European Union (as of 2026: the 27 members).
/// </summary>
/// <remarks>
/// <see cref="IsEuMember"/> is about the state, not the territory: outermost regions with their own code (Réunion, Martinique,
/// Åland and so on) and the Dutch Caribbean (Aruba, Curaçao, Sint Maarten, Bonaire/Sint Eustatius/Saba) are not marked as members.
/// Their inhabitants hold the nationality of the state (FR, FI, NL …), so record a nationality with the state's code and use the
/// territory's code for a country of birth or origin.
/// </remarks>
public sealed record Country(string Code, string NameEn, string NameNl, bool IsEuMember);

/// <summary>The nationality axis of the victim categories (domain brief §3.2): Dutch, EU or outside the EU.</summary>
public enum NationalityGroup
{
    Unknown,
    Dutch,
    Eu,
    OutsideEu,
}

/// <summary>
/// The ISO 3166-1 alpha-2 countries (all 249 officially assigned codes) with Dutch and English names and EU membership.
/// </summary>
/// <remarks>
/// Kosovo is deliberately left out: "XK" is not an officially assigned ISO 3166-1 code but a user-assigned one (used by the
/// European Commission, among others), so including it would break the "every official code" contract of <see cref="All"/>.
/// The Netherlands recognises Kosovo, so if the registration needs it, add <c>new("XK", "Kosovo", "Kosovo", false)</c>
/// deliberately (with a comment and the count in the tests) rather than treating it as an ISO code.
/// Names: English uses the common short name (e.g. "Vietnam", "Bolivia"); Dutch follows the usual Dutch short names
/// (e.g. "Verenigde Staten", "Roemenië"). Source of codes and names: the Debian iso-codes data (ISO 3166-1), edited to short names.
/// </remarks>
public static class Countries
{
    public const string NetherlandsCode = "NL";

    /// <summary>Every officially assigned ISO 3166-1 alpha-2 code (249), sorted by code.</summary>
    public static IReadOnlyList<Country> All { get; } = Array.AsReadOnly(
        Data().OrderBy(c => c.Code, StringComparer.Ordinal).ToArray());

    private static readonly FrozenDictionary<string, Country> ByCode =
        All.ToFrozenDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>The country with this code (surrounding spaces and case ignored), or null for an empty or unknown code.</summary>
    public static Country? Find(string? code) =>
        string.IsNullOrWhiteSpace(code) ? null : ByCode.GetValueOrDefault(code.Trim());

    public static bool IsKnown(string? code) => Find(code) is not null;

    /// <summary>
    /// Dutch for NL; Eu for the other 26 EU members; OutsideEu for any other known code; Unknown for an empty or unknown code.
    /// </summary>
    /// <summary>
    /// Chosen as a nationality, a territory's code stands for its people's nationality: the Dutch Caribbean (AW, CW, SX,
    /// BQ) are Dutch nationals; the French overseas departments and collectivities and Åland are EU nationals.
    /// </summary>
    private static readonly FrozenDictionary<string, NationalityGroup> TerritoryNationality = new Dictionary<string, NationalityGroup>
    {
        ["AW"] = NationalityGroup.Dutch, ["CW"] = NationalityGroup.Dutch, ["SX"] = NationalityGroup.Dutch, ["BQ"] = NationalityGroup.Dutch,
        ["GF"] = NationalityGroup.Eu, ["GP"] = NationalityGroup.Eu, ["MQ"] = NationalityGroup.Eu, ["RE"] = NationalityGroup.Eu,
        ["YT"] = NationalityGroup.Eu, ["MF"] = NationalityGroup.Eu, ["BL"] = NationalityGroup.Eu, ["PM"] = NationalityGroup.Eu,
        ["NC"] = NationalityGroup.Eu, ["PF"] = NationalityGroup.Eu, ["WF"] = NationalityGroup.Eu, ["AX"] = NationalityGroup.Eu,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static NationalityGroup GroupOf(string? code) => Find(code) switch
    {
        null => NationalityGroup.Unknown,
        { Code: NetherlandsCode } => NationalityGroup.Dutch,
        { IsEuMember: true } => NationalityGroup.Eu,
        { Code: var territory } when TerritoryNationality.TryGetValue(territory, out var group) => group,
        _ => NationalityGroup.OutsideEu,
    };

    private static Country[] Data() =>
    [
        new("AD", "Andorra", "Andorra", false),
        new("AE", "United Arab Emirates", "Verenigde Arabische Emiraten", false),
        new("AF", "Afghanistan", "Afghanistan", false),
        new("AG", "Antigua and Barbuda", "Antigua en Barbuda", false),
        new("AI", "Anguilla", "Anguilla", false),
        new("AL", "Albania", "Albanië", false),
        new("AM", "Armenia", "Armenië", false),
        new("AO", "Angola", "Angola", false),
        new("AQ", "Antarctica", "Antarctica", false),
        new("AR", "Argentina", "Argentinië", false),
        new("AS", "American Samoa", "Amerikaans-Samoa", false),
        new("AT", "Austria", "Oostenrijk", true),
        new("AU", "Australia", "Australië", false),
        new("AW", "Aruba", "Aruba", false),
        new("AX", "Åland Islands", "Ålandseilanden", false),
        new("AZ", "Azerbaijan", "Azerbeidzjan", false),
        new("BA", "Bosnia and Herzegovina", "Bosnië en Herzegovina", false),
        new("BB", "Barbados", "Barbados", false),
        new("BD", "Bangladesh", "Bangladesh", false),
        new("BE", "Belgium", "België", true),
        new("BF", "Burkina Faso", "Burkina Faso", false),
        new("BG", "Bulgaria", "Bulgarije", true),
        new("BH", "Bahrain", "Bahrein", false),
        new("BI", "Burundi", "Burundi", false),
        new("BJ", "Benin", "Benin", false),
        new("BL", "Saint Barthélemy", "Saint-Barthélemy", false),
        new("BM", "Bermuda", "Bermuda", false),
        new("BN", "Brunei", "Brunei", false),
        new("BO", "Bolivia", "Bolivia", false),
        new("BQ", "Bonaire, Sint Eustatius and Saba", "Bonaire, Sint Eustatius en Saba", false),
        new("BR", "Brazil", "Brazilië", false),
        new("BS", "Bahamas", "Bahama's", false),
        new("BT", "Bhutan", "Bhutan", false),
        new("BV", "Bouvet Island", "Bouveteiland", false),
        new("BW", "Botswana", "Botswana", false),
        new("BY", "Belarus", "Belarus", false),
        new("BZ", "Belize", "Belize", false),
        new("CA", "Canada", "Canada", false),
        new("CC", "Cocos (Keeling) Islands", "Cocoseilanden", false),
        new("CD", "Democratic Republic of the Congo", "Democratische Republiek Congo", false),
        new("CF", "Central African Republic", "Centraal-Afrikaanse Republiek", false),
        new("CG", "Republic of the Congo", "Republiek Congo", false),
        new("CH", "Switzerland", "Zwitserland", false),
        new("CI", "Côte d'Ivoire", "Ivoorkust", false),
        new("CK", "Cook Islands", "Cookeilanden", false),
        new("CL", "Chile", "Chili", false),
        new("CM", "Cameroon", "Kameroen", false),
        new("CN", "China", "China", false),
        new("CO", "Colombia", "Colombia", false),
        new("CR", "Costa Rica", "Costa Rica", false),
        new("CU", "Cuba", "Cuba", false),
        new("CV", "Cabo Verde", "Kaapverdië", false),
        new("CW", "Curaçao", "Curaçao", false),
        new("CX", "Christmas Island", "Christmaseiland", false),
        new("CY", "Cyprus", "Cyprus", true),
        new("CZ", "Czechia", "Tsjechië", true),
        new("DE", "Germany", "Duitsland", true),
        new("DJ", "Djibouti", "Djibouti", false),
        new("DK", "Denmark", "Denemarken", true),
        new("DM", "Dominica", "Dominica", false),
        new("DO", "Dominican Republic", "Dominicaanse Republiek", false),
        new("DZ", "Algeria", "Algerije", false),
        new("EC", "Ecuador", "Ecuador", false),
        new("EE", "Estonia", "Estland", true),
        new("EG", "Egypt", "Egypte", false),
        new("EH", "Western Sahara", "Westelijke Sahara", false),
        new("ER", "Eritrea", "Eritrea", false),
        new("ES", "Spain", "Spanje", true),
        new("ET", "Ethiopia", "Ethiopië", false),
        new("FI", "Finland", "Finland", true),
        new("FJ", "Fiji", "Fiji", false),
        new("FK", "Falkland Islands", "Falklandeilanden", false),
        new("FM", "Micronesia", "Micronesia", false),
        new("FO", "Faroe Islands", "Faeröer", false),
        new("FR", "France", "Frankrijk", true),
        new("GA", "Gabon", "Gabon", false),
        new("GB", "United Kingdom", "Verenigd Koninkrijk", false),
        new("GD", "Grenada", "Grenada", false),
        new("GE", "Georgia", "Georgië", false),
        new("GF", "French Guiana", "Frans-Guyana", false),
        new("GG", "Guernsey", "Guernsey", false),
        new("GH", "Ghana", "Ghana", false),
        new("GI", "Gibraltar", "Gibraltar", false),
        new("GL", "Greenland", "Groenland", false),
        new("GM", "Gambia", "Gambia", false),
        new("GN", "Guinea", "Guinee", false),
        new("GP", "Guadeloupe", "Guadeloupe", false),
        new("GQ", "Equatorial Guinea", "Equatoriaal-Guinea", false),
        new("GR", "Greece", "Griekenland", true),
        new("GS", "South Georgia and the South Sandwich Islands", "Zuid-Georgia en de Zuidelijke Sandwicheilanden", false),
        new("GT", "Guatemala", "Guatemala", false),
        new("GU", "Guam", "Guam", false),
        new("GW", "Guinea-Bissau", "Guinee-Bissau", false),
        new("GY", "Guyana", "Guyana", false),
        new("HK", "Hong Kong", "Hongkong", false),
        new("HM", "Heard Island and McDonald Islands", "Heardeiland en McDonaldeilanden", false),
        new("HN", "Honduras", "Honduras", false),
        new("HR", "Croatia", "Kroatië", true),
        new("HT", "Haiti", "Haïti", false),
        new("HU", "Hungary", "Hongarije", true),
        new("ID", "Indonesia", "Indonesië", false),
        new("IE", "Ireland", "Ierland", true),
        new("IL", "Israel", "Israël", false),
        new("IM", "Isle of Man", "Eiland Man", false),
        new("IN", "India", "India", false),
        new("IO", "British Indian Ocean Territory", "Brits Indische Oceaanterritorium", false),
        new("IQ", "Iraq", "Irak", false),
        new("IR", "Iran", "Iran", false),
        new("IS", "Iceland", "IJsland", false),
        new("IT", "Italy", "Italië", true),
        new("JE", "Jersey", "Jersey", false),
        new("JM", "Jamaica", "Jamaica", false),
        new("JO", "Jordan", "Jordanië", false),
        new("JP", "Japan", "Japan", false),
        new("KE", "Kenya", "Kenia", false),
        new("KG", "Kyrgyzstan", "Kirgizië", false),
        new("KH", "Cambodia", "Cambodja", false),
        new("KI", "Kiribati", "Kiribati", false),
        new("KM", "Comoros", "Comoren", false),
        new("KN", "Saint Kitts and Nevis", "Saint Kitts en Nevis", false),
        new("KP", "North Korea", "Noord-Korea", false),
        new("KR", "South Korea", "Zuid-Korea", false),
        new("KW", "Kuwait", "Koeweit", false),
        new("KY", "Cayman Islands", "Kaaimaneilanden", false),
        new("KZ", "Kazakhstan", "Kazachstan", false),
        new("LA", "Laos", "Laos", false),
        new("LB", "Lebanon", "Libanon", false),
        new("LC", "Saint Lucia", "Saint Lucia", false),
        new("LI", "Liechtenstein", "Liechtenstein", false),
        new("LK", "Sri Lanka", "Sri Lanka", false),
        new("LR", "Liberia", "Liberia", false),
        new("LS", "Lesotho", "Lesotho", false),
        new("LT", "Lithuania", "Litouwen", true),
        new("LU", "Luxembourg", "Luxemburg", true),
        new("LV", "Latvia", "Letland", true),
        new("LY", "Libya", "Libië", false),
        new("MA", "Morocco", "Marokko", false),
        new("MC", "Monaco", "Monaco", false),
        new("MD", "Moldova", "Moldavië", false),
        new("ME", "Montenegro", "Montenegro", false),
        new("MF", "Saint Martin (French part)", "Sint-Maarten (Frans deel)", false),
        new("MG", "Madagascar", "Madagaskar", false),
        new("MH", "Marshall Islands", "Marshalleilanden", false),
        new("MK", "North Macedonia", "Noord-Macedonië", false),
        new("ML", "Mali", "Mali", false),
        new("MM", "Myanmar", "Myanmar", false),
        new("MN", "Mongolia", "Mongolië", false),
        new("MO", "Macao", "Macau", false),
        new("MP", "Northern Mariana Islands", "Noordelijke Marianen", false),
        new("MQ", "Martinique", "Martinique", false),
        new("MR", "Mauritania", "Mauritanië", false),
        new("MS", "Montserrat", "Montserrat", false),
        new("MT", "Malta", "Malta", true),
        new("MU", "Mauritius", "Mauritius", false),
        new("MV", "Maldives", "Maldiven", false),
        new("MW", "Malawi", "Malawi", false),
        new("MX", "Mexico", "Mexico", false),
        new("MY", "Malaysia", "Maleisië", false),
        new("MZ", "Mozambique", "Mozambique", false),
        new("NA", "Namibia", "Namibië", false),
        new("NC", "New Caledonia", "Nieuw-Caledonië", false),
        new("NE", "Niger", "Niger", false),
        new("NF", "Norfolk Island", "Norfolkeiland", false),
        new("NG", "Nigeria", "Nigeria", false),
        new("NI", "Nicaragua", "Nicaragua", false),
        new("NL", "Netherlands", "Nederland", true),
        new("NO", "Norway", "Noorwegen", false),
        new("NP", "Nepal", "Nepal", false),
        new("NR", "Nauru", "Nauru", false),
        new("NU", "Niue", "Niue", false),
        new("NZ", "New Zealand", "Nieuw-Zeeland", false),
        new("OM", "Oman", "Oman", false),
        new("PA", "Panama", "Panama", false),
        new("PE", "Peru", "Peru", false),
        new("PF", "French Polynesia", "Frans-Polynesië", false),
        new("PG", "Papua New Guinea", "Papoea-Nieuw-Guinea", false),
        new("PH", "Philippines", "Filipijnen", false),
        new("PK", "Pakistan", "Pakistan", false),
        new("PL", "Poland", "Polen", true),
        new("PM", "Saint Pierre and Miquelon", "Saint-Pierre en Miquelon", false),
        new("PN", "Pitcairn Islands", "Pitcairneilanden", false),
        new("PR", "Puerto Rico", "Puerto Rico", false),
        new("PS", "Palestine", "Palestina", false),
        new("PT", "Portugal", "Portugal", true),
        new("PW", "Palau", "Palau", false),
        new("PY", "Paraguay", "Paraguay", false),
        new("QA", "Qatar", "Qatar", false),
        new("RE", "Réunion", "Réunion", false),
        new("RO", "Romania", "Roemenië", true),
        new("RS", "Serbia", "Servië", false),
        new("RU", "Russia", "Rusland", false),
        new("RW", "Rwanda", "Rwanda", false),
        new("SA", "Saudi Arabia", "Saoedi-Arabië", false),
        new("SB", "Solomon Islands", "Salomonseilanden", false),
        new("SC", "Seychelles", "Seychellen", false),
        new("SD", "Sudan", "Soedan", false),
        new("SE", "Sweden", "Zweden", true),
        new("SG", "Singapore", "Singapore", false),
        new("SH", "Saint Helena, Ascension and Tristan da Cunha", "Sint-Helena, Ascension en Tristan da Cunha", false),
        new("SI", "Slovenia", "Slovenië", true),
        new("SJ", "Svalbard and Jan Mayen", "Spitsbergen en Jan Mayen", false),
        new("SK", "Slovakia", "Slowakije", true),
        new("SL", "Sierra Leone", "Sierra Leone", false),
        new("SM", "San Marino", "San Marino", false),
        new("SN", "Senegal", "Senegal", false),
        new("SO", "Somalia", "Somalië", false),
        new("SR", "Suriname", "Suriname", false),
        new("SS", "South Sudan", "Zuid-Soedan", false),
        new("ST", "Sao Tome and Principe", "Sao Tomé en Principe", false),
        new("SV", "El Salvador", "El Salvador", false),
        new("SX", "Sint Maarten (Dutch part)", "Sint Maarten (Nederlands deel)", false),
        new("SY", "Syria", "Syrië", false),
        new("SZ", "Eswatini", "Eswatini", false),
        new("TC", "Turks and Caicos Islands", "Turks- en Caicoseilanden", false),
        new("TD", "Chad", "Tsjaad", false),
        new("TF", "French Southern Territories", "Franse Zuidelijke Gebieden", false),
        new("TG", "Togo", "Togo", false),
        new("TH", "Thailand", "Thailand", false),
        new("TJ", "Tajikistan", "Tadzjikistan", false),
        new("TK", "Tokelau", "Tokelau", false),
        new("TL", "Timor-Leste", "Oost-Timor", false),
        new("TM", "Turkmenistan", "Turkmenistan", false),
        new("TN", "Tunisia", "Tunesië", false),
        new("TO", "Tonga", "Tonga", false),
        new("TR", "Türkiye", "Turkije", false),
        new("TT", "Trinidad and Tobago", "Trinidad en Tobago", false),
        new("TV", "Tuvalu", "Tuvalu", false),
        new("TW", "Taiwan", "Taiwan", false),
        new("TZ", "Tanzania", "Tanzania", false),
        new("UA", "Ukraine", "Oekraïne", false),
        new("UG", "Uganda", "Oeganda", false),
        new("UM", "United States Minor Outlying Islands", "Kleine afgelegen eilanden van de Verenigde Staten", false),
        new("US", "United States", "Verenigde Staten", false),
        new("UY", "Uruguay", "Uruguay", false),
        new("UZ", "Uzbekistan", "Oezbekistan", false),
        new("VA", "Holy See (Vatican City)", "Vaticaanstad", false),
        new("VC", "Saint Vincent and the Grenadines", "Saint Vincent en de Grenadines", false),
        new("VE", "Venezuela", "Venezuela", false),
        new("VG", "British Virgin Islands", "Britse Maagdeneilanden", false),
        new("VI", "United States Virgin Islands", "Amerikaanse Maagdeneilanden", false),
        new("VN", "Vietnam", "Vietnam", false),
        new("VU", "Vanuatu", "Vanuatu", false),
        new("WF", "Wallis and Futuna", "Wallis en Futuna", false),
        new("WS", "Samoa", "Samoa", false),
        new("YE", "Yemen", "Jemen", false),
        new("YT", "Mayotte", "Mayotte", false),
        new("ZA", "South Africa", "Zuid-Afrika", false),
        new("ZM", "Zambia", "Zambia", false),
        new("ZW", "Zimbabwe", "Zimbabwe", false),
    ];
}
