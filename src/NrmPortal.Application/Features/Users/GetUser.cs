using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Users;

public static class GetUser
{
    [RequireRole(Roles.Administrator)]
    public sealed record Query(Guid Id) : IQuery<UserAccount?>;

    public sealed class Handler(IUserAdministration users) : IQueryHandler<Query, UserAccount?>
    {
        public async ValueTask<UserAccount?> Handle(Query query, CancellationToken cancellationToken) =>
            await users.Accounts.SingleOrDefaultAsync(u => u.Id == query.Id, cancellationToken);
    }
}
