using NetArchTest.Rules;

namespace NrmPortal.Application.UnitTests.Architecture;

/// <summary>The dependency rule of ADR 0001: Domain depends on nothing, Application not on Infrastructure or Web.</summary>
public sealed class LayerTests
{
    private static readonly System.Reflection.Assembly Domain = typeof(NrmPortal.Domain.Organisations.Organisation).Assembly;
    private static readonly System.Reflection.Assembly Application = typeof(NrmPortal.Application.DependencyInjection).Assembly;

    [Fact]
    public void Domain_depends_on_no_other_layer_and_no_framework()
    {
        var result = Types.InAssembly(Domain).ShouldNot()
            .HaveDependencyOnAny("NrmPortal.Application", "NrmPortal.Infrastructure", "NrmPortal.Web",
                "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Mediator", "FluentValidation")
            .GetResult();

        Assert.True(result.IsSuccessful, "Offending types: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Application_does_not_depend_on_infrastructure_or_web()
    {
        var result = Types.InAssembly(Application).ShouldNot()
            .HaveDependencyOnAny("NrmPortal.Infrastructure", "NrmPortal.Web", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore.Sqlite",
                "Microsoft.EntityFrameworkCore.SqlServer")
            .GetResult();

        Assert.True(result.IsSuccessful, "Offending types: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Pages_talk_to_the_mediator_not_to_the_database()
    {
        var result = Types.InAssembly(typeof(Program).Assembly).That().ResideInNamespace("NrmPortal.Web.Pages")
            .ShouldNot().HaveDependencyOnAny("NrmPortal.Infrastructure.Persistence", "Microsoft.EntityFrameworkCore")
            .GetResult();

        Assert.True(result.IsSuccessful, "Offending types: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Every_message_declares_who_may_send_it()
    {
        var undeclared = Application.GetTypes()
            .Where(t => typeof(Mediator.IMessage).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Where(t => !t.IsDefined(typeof(NrmPortal.Application.Common.Security.RequireRoleAttribute), inherit: true)
                        && !t.IsDefined(typeof(NrmPortal.Application.Common.Security.AllowAnonymousRequestAttribute), inherit: true))
            .Select(t => t.FullName)
            .ToList();

        Assert.True(Application.GetTypes().Count(t => typeof(Mediator.IMessage).IsAssignableFrom(t)) > 10, "The messages were not found.");
        Assert.True(undeclared.Count == 0, "Messages without [RequireRole] or [AllowAnonymousRequest]: " + string.Join(", ", undeclared));
    }

    [Fact]
    public void Pages_and_identity_pages_do_not_write_through_the_database_context()
    {
        var result = Types.InAssembly(typeof(Program).Assembly).That().ResideInNamespace("NrmPortal.Web.Areas")
            .ShouldNot().HaveDependencyOnAny("NrmPortal.Infrastructure.Persistence", "Microsoft.EntityFrameworkCore")
            .GetResult();

        Assert.True(result.IsSuccessful, "Offending types: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Every_handler_and_validator_is_sealed()
    {
        var result = Types.InAssembly(Application).That().HaveNameEndingWith("Handler").Or().HaveNameEndingWith("Validator")
            .Should().BeSealed().GetResult();

        Assert.True(result.IsSuccessful, "Not sealed: " + string.Join(", ", result.FailingTypeNames ?? []));
    }
}
