using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Organisations;

/// <summary>
/// Deactivates or reactivates an organisation. Deactivation ends the sessions of its users and keeps them from signing in;
/// nothing is deleted, so records stay traceable to the organisation that made them.
/// </summary>
public static class SetOrganisationActive
{
    [RequireRole(Roles.Administrator)]
    public sealed record Command(Guid Id, Guid Version, bool Active) : ICommand;

    public const string CannotDeactivateOwn = "You cannot deactivate your own organisation.";
    public const string WouldLeaveNoAdministrator = "This would leave no administrator who can sign in. Give an administrator in another active organisation access first.";

    /// <summary>Deactivation must never lock every administrator out: the portal could then only be recovered in the database.</summary>
    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IAppDbContext db, IUserAdministration users, ICurrentUser currentUser, TimeProvider clock)
        {
            When(c => !c.Active, () =>
            {
                RuleFor(c => c.Id).Cascade(CascadeMode.Stop)
                    .Must(id => id != currentUser.OrganisationId).WithMessage(CannotDeactivateOwn)
                    .MustAsync(async (id, ct) =>
                    {
                        var otherActive = db.Organisations.Where(o => o.IsActive && o.Id != id).Select(o => o.Id);
                        var administrators = await users.Accounts
                            .Where(u => u.Role == Roles.Administrator && otherActive.Contains(u.OrganisationId))
                            .ToListAsync(ct);
                        return administrators.Any(a => !a.IsLockedAt(clock.GetUtcNow()));
                    }).WithMessage(WouldLeaveNoAdministrator);
            });
        }
    }

    public sealed class Handler(IAppDbContext db, IUserAdministration users, TimeProvider clock) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == command.Id, cancellationToken)
                ?? throw new NotFoundException(nameof(Organisation), command.Id);
            db.ExpectVersion(organisation, command.Version);
            if (command.Active == organisation.IsActive)
                throw new BusinessRuleException(command.Active ? "The organisation is already active." : "The organisation is already inactive.");

            if (command.Active)
            {
                organisation.Reactivate();
            }
            else
            {
                organisation.Deactivate(clock.GetUtcNow().UtcDateTime);
                await users.EndSessionsOfOrganisationAsync(organisation.Id, cancellationToken);
            }
            return Unit.Value;
        }
    }
}
