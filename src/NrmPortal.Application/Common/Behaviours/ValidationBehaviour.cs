using FluentValidation;
using FluentValidation.Results;
using Mediator;
using NrmPortal.Application.Common.Exceptions;

namespace NrmPortal.Application.Common.Behaviours;

/// <summary>Runs every validator of the message, one after the other (they share the scoped DbContext), before the handler.</summary>
public sealed class ValidationBehaviour<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        foreach (var validator in validators)
            failures.AddRange((await validator.ValidateAsync(message, cancellationToken)).Errors);
        if (failures.Count > 0) throw new RequestValidationException(failures);
        return await next(message, cancellationToken);
    }
}
