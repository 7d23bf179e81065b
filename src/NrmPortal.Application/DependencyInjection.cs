using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace NrmPortal.Application;

public static class DependencyInjection
{
    /// <summary>Registers the validators. Handlers and behaviours are registered by the mediator's source generator in the web host.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddScoped<Features.Residence.TrackChanges>();
        services.AddScoped<Features.Deadlines.DueItems>();
        services.AddScoped<Features.Deadlines.DeadlineReminders>();
        services.AddScoped<Features.Shelter.ShelterProfiles>();
        services.AddScoped<Features.Shelter.FacilityWrites>();
        services.AddScoped<Features.Reception.ReceptionViews>();
        services.AddScoped<Features.Privacy.Anonymiser>();
        services.AddScoped<Features.Privacy.ApplyRetention.Batch>();
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Scoped, includeInternalTypes: false);
        return services;
    }
}
