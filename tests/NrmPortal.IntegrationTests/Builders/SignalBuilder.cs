using NrmPortal.Application.Features.Signals;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Signals;

namespace NrmPortal.IntegrationTests.Builders;

/// <summary>A valid signal with consent; tests change only what they are about.</summary>
public static class SignalBuilder
{
    public static RegisterSignal.Command Valid() => new()
    {
        Context = MeetingContext.HealthCare,
        Region = Regions.Rotterdam,
        IndicatorCodes = ["CC-01", "DD-01"],
        ExploitationForms = [ExploitationForms.Sexual],
        Name = "Persoon " + Guid.NewGuid().ToString("N")[..6],
        Sex = Sex.Female,
        EstimatedAge = 25,
        NationalityCode = "RO",
        ImmediateDanger = false,
        ConsentToRegistration = true,
        Account = "Zij werkt lange dagen en heeft haar paspoort niet.",
    };
}
