using FluentValidation;
using Mediator;
using NrmPortal.Application.Common.Behaviours;
using NrmPortal.Application.Common.Exceptions;

namespace NrmPortal.Application.UnitTests.Behaviours;

public sealed class ValidationBehaviourTests
{
    public sealed record NameCommand(string Name, int Age) : ICommand<int>;

    private sealed class NameValidator : AbstractValidator<NameCommand>
    {
        public NameValidator() => RuleFor(c => c.Name).NotEmpty();
    }

    private sealed class AgeValidator : AbstractValidator<NameCommand>
    {
        public AgeValidator() => RuleFor(c => c.Age).InclusiveBetween(0, 120);
    }

    [Fact]
    public async Task Collects_failures_of_every_validator_and_never_calls_the_handler()
    {
        var called = false;
        var behaviour = new ValidationBehaviour<NameCommand, int>([new NameValidator(), new AgeValidator()]);

        var ex = await Assert.ThrowsAsync<RequestValidationException>(() => behaviour.Handle(new NameCommand("", 121),
            (_, _) => { called = true; return ValueTask.FromResult(1); }, TestContext.Current.CancellationToken).AsTask());

        Assert.False(called);
        Assert.Equal(["Age", "Name"], ex.Errors.Keys.Order());
    }

    [Fact]
    public async Task Calls_the_handler_when_valid()
    {
        var behaviour = new ValidationBehaviour<NameCommand, int>([new NameValidator(), new AgeValidator()]);

        var result = await behaviour.Handle(new NameCommand("Ada", 120), (_, _) => ValueTask.FromResult(7), TestContext.Current.CancellationToken);

        Assert.Equal(7, result);
    }
}
