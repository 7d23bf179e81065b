using NrmPortal.Application.Common.Abstractions;

namespace NrmPortal.IntegrationTests.Fixtures;

/// <summary>A user the tests act as: sent as headers to the test authentication handler, or set for slice calls.</summary>
public sealed record TestUser(Guid UserId, string Role, Guid OrganisationId, string DisplayName = "Test user") : ICurrentUser
{
    public bool IsAuthenticated => true;
    Guid? ICurrentUser.UserId => UserId;
    string? ICurrentUser.Role => Role;
    Guid? ICurrentUser.OrganisationId => OrganisationId;
    public bool IsInRole(string role) => role == Role;

    public static TestUser InRole(string role) => new(Guid.CreateVersion7(), role, Guid.CreateVersion7());
}
