using System.Reflection;
using Mediator;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Common.Security;

namespace NrmPortal.Application.Common.Behaviours;

/// <summary>Refuses a message whose <see cref="RequireRoleAttribute"/>s the current user does not satisfy.</summary>
public sealed class AuthorizationBehaviour<TMessage, TResponse>(ICurrentUser user)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IMessage
{
    private static readonly RequireRoleAttribute[] Requirements =
        typeof(TMessage).GetCustomAttributes<RequireRoleAttribute>(inherit: true).ToArray();

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (Requirements.Length > 0)
        {
            if (!user.IsAuthenticated) throw new UnauthorizedAccessException();
            // Roles inside one attribute are alternatives; several attributes must all hold.
            if (!Requirements.All(r => r.Roles.Any(user.IsInRole))) throw new ForbiddenAccessException();
        }
        return next(message, cancellationToken);
    }
}
