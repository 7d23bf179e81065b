using Mediator;
using Moq;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Behaviours;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.UnitTests.Behaviours;

public sealed class AuthorizationBehaviourTests
{
    [RequireRole(Roles.Administrator, Roles.CoMenshaCoordinator)]
    public sealed record AdminOrCoordinatorCommand : ICommand<int>;

    [RequireRole(Roles.Administrator)]
    [RequireRole(Roles.Police)]
    public sealed record BothRolesCommand : ICommand<int>;

    public sealed record UndeclaredCommand : ICommand<int>;

    [AllowAnonymousRequest]
    public sealed record PublicQuery : IQuery<int>;

    private static ValueTask<int> Next<T>(T message, CancellationToken cancellationToken) => ValueTask.FromResult(42);

    private static ICurrentUser UserInRole(string? role)
    {
        var user = new Mock<ICurrentUser>();
        user.SetupGet(u => u.IsAuthenticated).Returns(role is not null);
        user.Setup(u => u.IsInRole(It.IsAny<string>())).Returns((string r) => r == role);
        return user.Object;
    }

    [Theory]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.CoMenshaCoordinator)]
    public async Task Lets_any_of_the_roles_in_one_attribute_through(string role)
    {
        var behaviour = new AuthorizationBehaviour<AdminOrCoordinatorCommand, int>(UserInRole(role));

        Assert.Equal(42, await behaviour.Handle(new AdminOrCoordinatorCommand(), Next, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(Roles.CareWorker)]
    [InlineData(Roles.Police)]
    [InlineData(Roles.Ind)]
    [InlineData(Roles.Coa)]
    public async Task Refuses_other_roles(string role)
    {
        var behaviour = new AuthorizationBehaviour<AdminOrCoordinatorCommand, int>(UserInRole(role));

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => behaviour.Handle(new AdminOrCoordinatorCommand(), Next, TestContext.Current.CancellationToken).AsTask());
    }

    [Fact]
    public async Task Refuses_anonymous_users_as_unauthenticated()
    {
        var behaviour = new AuthorizationBehaviour<AdminOrCoordinatorCommand, int>(UserInRole(null));

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => behaviour.Handle(new AdminOrCoordinatorCommand(), Next, TestContext.Current.CancellationToken).AsTask());
    }

    [Fact]
    public async Task Requires_every_attribute_when_there_are_several()
    {
        var behaviour = new AuthorizationBehaviour<BothRolesCommand, int>(UserInRole(Roles.Administrator));

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => behaviour.Handle(new BothRolesCommand(), Next, TestContext.Current.CancellationToken).AsTask());
    }

    [Fact]
    public async Task Refuses_a_message_that_declares_no_roles_even_for_an_administrator()
    {
        var behaviour = new AuthorizationBehaviour<UndeclaredCommand, int>(UserInRole(Roles.Administrator));

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => behaviour.Handle(new UndeclaredCommand(), Next, TestContext.Current.CancellationToken).AsTask());
    }

    [Fact]
    public async Task Lets_anyone_send_a_message_declared_public()
    {
        var behaviour = new AuthorizationBehaviour<PublicQuery, int>(UserInRole(null));

        Assert.Equal(42, await behaviour.Handle(new PublicQuery(), Next, TestContext.Current.CancellationToken));
    }
}
