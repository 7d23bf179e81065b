using System.Reflection;
using Mediator;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Common.Security;

namespace NrmPortal.Application.Common.Behaviours;

/// <summary>
/// Refuses a message whose <see cref="RequireRoleAttribute"/>s the current user does not satisfy. Fails closed: a message
/// that declares neither roles nor <see cref="AllowAnonymousRequestAttribute"/> is refused for everyone.
/// </summary>
public sealed class AuthorizationBehaviour<TMessage, TResponse>(ICurrentUser user)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IMessage
{
    private static readonly RequireRoleAttribute[] Requirements =
        typeof(TMessage).GetCustomAttributes<RequireRoleAttribute>(inherit: true).ToArray();

    private static readonly bool IsPublic = typeof(TMessage).IsDefined(typeof(AllowAnonymousRequestAttribute), inherit: true);

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (IsPublic) return next(message, cancellationToken);
        if (Requirements.Length == 0) throw new ForbiddenAccessException();
        if (!user.IsAuthenticated) throw new UnauthorizedAccessException();
        // Roles inside one attribute are alternatives; several attributes must all hold.
        if (!Requirements.All(r => r.Roles.Any(user.IsInRole))) throw new ForbiddenAccessException();
        return next(message, cancellationToken);
    }
}
