using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using NrmPortal.Application.Features.Organisations;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Signals;
using NrmPortal.Web.Infrastructure;
using NrmPortal.Web.Pages;
using NrmPortal.Web.Resources;

namespace NrmPortal.Application.UnitTests.Localisation;

/// <summary>
/// The portal's texts are English keys with a Dutch translation in SharedResource.nl.resx. A missing translation does not fail
/// at run time (the English key is shown), so these tests make sure every key that reaches the localizer is translated.
/// </summary>
public sealed partial class DutchTranslationTests
{
    private static readonly CultureInfo Dutch = new("nl-NL");

    /// <summary>Every Dutch text in the resources, by its English key.</summary>
    private static readonly IReadOnlyDictionary<string, string?> Translations = LoadTranslations();

    /// <summary>Keys whose Dutch text is rightly the same as the English: names of organisations, regions, roles, the Wegwijzer, "EU" and "COSM".</summary>
    private static readonly HashSet<string> SameInDutch = new(StringComparer.Ordinal)
    {
        "CoMensha", "IND", "COA", "Wegwijzer", "Menu", "Status", "Website",
        "Noord-Nederland", "Oost-Nederland", "Midden-Nederland", "Noord-Holland", "Amsterdam", "Den Haag", "Rotterdam",
        "Zeeland-West-Brabant", "Oost-Brabant", "Limburg", "EU", "COSM",
    };

    [Fact]
    public void Every_enum_label_has_a_Dutch_translation()
    {
        IEnumerable<string> labels =
        [
            .. Enum.GetValues<OrganisationType>().Select(v => EnumText.EnglishLabel(v)),
            .. NrmPortal.Domain.Common.Flags.Each<Regions>().Select(v => EnumText.EnglishLabel(v)),
            .. NrmPortal.Domain.Common.Flags.Each<TargetGroups>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<NeedCategory>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<MeetingContext>().Select(v => EnumText.EnglishLabel(v)),
            .. NrmPortal.Domain.Common.Flags.Each<ExploitationForms>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<Sex>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<SignalStatus>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<NationalityGroup>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<HandlingStep>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<IndicatorCategory>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<NrmPortal.Domain.Victims.CloseReason>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<NrmPortal.Domain.Victims.TimelineEventKind>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<NrmPortal.Domain.Victims.VictimFileStatus>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<ReflectionDecision>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<DeclineReason>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<ReflectionEndReason>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<CooperationKind>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<ProsecutionDecisionKind>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<ComplaintOutcome>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<ApplicationKind>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<CannotCooperateGround>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<ResidenceRegulation>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<ReflectionState>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<CaseState>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<ResidenceState>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<TrackStep>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<TrackEventKind>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<TrackArea>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<NonTemporaryGround>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<NrmPortal.Domain.Deadlines.DeadlineKind>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<NrmPortal.Domain.Shelter.ShelterType>().Select(v => EnumText.EnglishLabel(v)),
            .. NrmPortal.Domain.Common.Flags.Each<NrmPortal.Domain.Shelter.SexesAdmitted>().Select(v => EnumText.EnglishLabel(v)),
            .. NrmPortal.Domain.Common.Flags.Each<NrmPortal.Domain.Shelter.NationalityGroups>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<NrmPortal.Domain.Shelter.WaitingList>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<NrmPortal.Domain.Shelter.PlacementStatus>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<NrmPortal.Domain.Shelter.PlacementEndReason>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<NrmPortal.Domain.Shelter.TransferReason>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<NrmPortal.Domain.Shelter.MismatchReason>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<NrmPortal.Domain.Referrals.ReferralNeed>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<NrmPortal.Domain.Referrals.ReferralStatus>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<NrmPortal.Domain.Referrals.ReferralStep>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<NrmPortal.Domain.Referrals.ReferralEventKind>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<NrmPortal.Domain.Reception.EntitlementBasis>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<NrmPortal.Domain.Reception.EntitlementEndReason>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<NrmPortal.Domain.Reception.ReceptionEndReason>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<NrmPortal.Domain.Retention.ErasureGround>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<NrmPortal.Domain.Retention.ErasureRequestStatus>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<NrmPortal.Application.Features.Privacy.RecordKind>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<NrmPortal.Domain.Auditing.AuditAction>().Select(v => EnumText.EnglishLabel(v)),
            .. Enum.GetValues<NrmPortal.Domain.Auditing.AuditOutcome>().Select(v => EnumText.EnglishLabel(v)),
        ];

        AssertTranslated(labels);
    }

    [Fact]
    public void Every_refusal_of_the_referral_state_machine_has_a_Dutch_translation() =>
        AssertTranslated(NrmPortal.Domain.Referrals.Referral.Refusals);

    [Fact]
    public void Every_role_label_has_a_Dutch_translation() =>
        AssertTranslated([.. Roles.All.Select(RoleLabels.For), RoleLabels.For(null)]);

    [Fact]
    public void Every_role_text_of_the_home_page_has_a_Dutch_translation() =>
        AssertTranslated(IndexModel.RoleTexts.Values.SelectMany(t => new[] { t.Label, t.Description }));

    [Fact]
    public void Every_validation_message_has_a_Dutch_translation()
    {
        // Every public string constant that reads as a sentence is a message shown to users (validators, rules, the unit of work).
        var messages = new[] { typeof(OrganisationInputValidator).Assembly, typeof(NrmPortal.Infrastructure.Persistence.AppDbContext).Assembly }
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(text => text.Contains(' ', StringComparison.Ordinal) && text.EndsWith('.'))
            .Distinct()
            .ToList();

        Assert.True(messages.Count >= 8, $"Expected the validation messages of OrganisationInputValidator, UserRules and OrganisationNames; found {messages.Count}.");
        AssertTranslated(messages);
    }

    [Fact]
    public void Every_text_used_in_the_pages_has_a_Dutch_translation()
    {
        var root = SolutionRoot();
        var keys = SourceFiles(Path.Combine(root, "src", "NrmPortal.Web"), "*.cshtml", "*.cs")
            .SelectMany(file => LocalizerKey().Matches(File.ReadAllText(file)).Select(m => Unescape(m.Groups[1].Value)))
            .Concat(SourceFiles(Path.Combine(root, "src"), "*.cs")
                .SelectMany(file => DisplayName().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value)))
            .ToList();

        Assert.True(keys.Count > 50, $"The source scan found only {keys.Count} texts; is the solution root {root} right?");
        AssertPresent(keys);
    }

    [Fact]
    public void Every_message_for_the_user_from_exceptions_and_data_annotations_has_a_Dutch_translation()
    {
        var root = SolutionRoot();
        var keys = SourceFiles(Path.Combine(root, "src"), "*.cs")
            .SelectMany(file =>
            {
                var text = File.ReadAllText(file);
                return RuleException().Matches(text).SelectMany(m => StringLiteral().Matches(m.Groups[1].Value).Select(s => Unescape(s.Groups[1].Value)))
                    .Concat(ErrorMessage().Matches(text).Select(m => Unescape(m.Groups[1].Value)));
            })
            .ToList();

        Assert.NotEmpty(keys);
        AssertPresent(keys);
    }

    [Fact]
    public void Dutch_translations_keep_the_placeholders_of_their_keys()
    {
        var wrong = Translations
            .Where(t => !Placeholders(t.Key).SequenceEqual(Placeholders(t.Value ?? "")))
            .Select(t => $"{t.Key} → {t.Value}")
            .ToList();

        Assert.True(wrong.Count == 0, "Placeholders differ:\n" + string.Join("\n", wrong));
    }

    private static void AssertTranslated(IEnumerable<string> keys)
    {
        var problems = keys.Distinct(StringComparer.Ordinal)
            .Select(key => (Key: key, Dutch: Translations.GetValueOrDefault(key)))
            .Where(t => string.IsNullOrWhiteSpace(t.Dutch) || (t.Dutch == t.Key && !SameInDutch.Contains(t.Key)))
            .Select(t => t.Dutch is null ? $"missing: {t.Key}" : $"not translated: {t.Key}")
            .ToList();

        Assert.True(problems.Count == 0, "SharedResource.nl.resx lacks Dutch for:\n" + string.Join("\n", problems));
    }

    private static void AssertPresent(IEnumerable<string> keys)
    {
        var missing = keys.Distinct(StringComparer.Ordinal)
            .Where(key => string.IsNullOrWhiteSpace(Translations.GetValueOrDefault(key)))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(missing.Count == 0, $"SharedResource.nl.resx lacks {missing.Count} key(s):\n" + string.Join("\n", missing));
    }

    private static Dictionary<string, string?> LoadTranslations()
    {
        var resources = new ResourceManager("NrmPortal.Web.Resources.SharedResource", typeof(SharedResource).Assembly);
        var set = resources.GetResourceSet(Dutch, createIfNotExists: true, tryParents: true)
                  ?? throw new InvalidOperationException("The Dutch resources (nl/NrmPortal.Web.resources.dll) were not found.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => e.Value as string, StringComparer.Ordinal);
    }

    private static string SolutionRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NrmPortal.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("NrmPortal.sln not found above " + AppContext.BaseDirectory);
    }

    private static IEnumerable<string> SourceFiles(string folder, params string[] patterns) =>
        patterns.SelectMany(pattern => Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories))
            .Where(file => !file.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));

    private static string Unescape(string literal) => literal.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);

    private static IEnumerable<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal);

    [GeneratedRegex(@"(?<![\w.])(?:T|localizer)\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LocalizerKey();

    [GeneratedRegex(@"\bDisplay\(Name = ""([^""]+)""")]
    private static partial Regex DisplayName();

    [GeneratedRegex(@"(?:DomainException|BusinessRuleException)\(([^;]*)\);")]
    private static partial Regex RuleException();

    [GeneratedRegex(@"""((?:[^""\\]|\\.)*)""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"ErrorMessage = ""((?:[^""\\]|\\.)*)""")]
    private static partial Regex ErrorMessage();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
