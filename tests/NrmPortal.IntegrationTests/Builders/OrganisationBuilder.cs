using NrmPortal.Application.Features.Organisations;
using NrmPortal.Domain.Organisations;

namespace NrmPortal.IntegrationTests.Builders;

/// <summary>Builds a valid create command with a unique name; tests change only what they are about.</summary>
public sealed class OrganisationBuilder
{
    private CreateOrganisation.Command _command = new()
    {
        Name = "Organisatie " + Guid.NewGuid().ToString("N")[..10],
        Type = OrganisationType.CareProvider,
        RegionsServed = [Regions.Amsterdam, Regions.NoordHolland],
        City = "Amsterdam",
        PostalCode = "1011 AB",
    };

    public OrganisationBuilder Named(string name) { _command = _command with { Name = name }; return this; }

    public OrganisationBuilder OfType(OrganisationType type) { _command = _command with { Type = type }; return this; }

    public CreateOrganisation.Command Build() => _command;
}
