using NrmPortal.Application.Common.Behaviours;
using NrmPortal.Application.Features.Organisations;
using NrmPortal.Infrastructure.Persistence;

namespace NrmPortal.Web.Configuration;

public static class MediatorSetup
{
    /// <summary>The generated mediator. Scoped, because handlers and behaviours use the scoped DbContext.</summary>
    public static IServiceCollection AddNrmMediator(this IServiceCollection services) =>
        services.AddMediator((Mediator.MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(CreateOrganisation), typeof(AppDbContext)];
            options.PipelineBehaviors =
            [
                typeof(LoggingBehaviour<,>),        // outermost: name, user, elapsed time, outcome
                typeof(AuthorizationBehaviour<,>),  // RequireRole → Unauthorized/Forbidden
                typeof(ValidationBehaviour<,>),     // FluentValidation → RequestValidationException
                typeof(UnitOfWorkBehaviour<,>),     // commands only: transaction + SaveChanges
            ];
        });
}
