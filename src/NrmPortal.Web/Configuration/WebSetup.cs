using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Domain.Security;
using NrmPortal.Web.Infrastructure;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Configuration;

public static class WebSetup
{
    public static readonly CultureInfo[] SupportedCultures = [new("nl-NL"), new("en-GB")];

    public static IServiceCollection AddNrmWeb(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddScoped<ICorrelationContext, CorrelationContext>();

        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(SupportedCultures[0]);
            options.SupportedCultures = SupportedCultures;
            options.SupportedUICultures = SupportedCultures;
            // The choice persists in a cookie; the browser's language is not consulted so the default stays Dutch.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });

        services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeFolder("/Admin", Policies.Administration);
                options.Conventions.AuthorizeFolder("/Signals", Policies.ReportSignals);
                options.Conventions.AuthorizeFolder("/CoMensha", Policies.TriageSignals);
                options.Conventions.AuthorizeFolder("/Tracks", Policies.FollowTracks);
                options.Conventions.AuthorizeFolder("/Shelter", Policies.Shelter);
                options.Conventions.AuthorizeFolder("/Referrals", Policies.Referrals);
                options.Conventions.AuthorizePage("/Referrals/Create", Policies.Refer);
                options.Conventions.AuthorizeFolder("/Deadlines", Policies.SeeDeadlines);
                options.Conventions.AuthorizeFolder("/Coa", Policies.Reception);
                options.Conventions.AuthorizeFolder("/Privacy", Policies.Privacy);
                options.Conventions.AuthorizePage("/Index", Policies.AnyRole);
                options.Conventions.AuthorizeAreaFolder("Identity", "/Account/Manage", Policies.AnyRole);
                options.Conventions.AllowAnonymousToPage("/Error");
                options.Conventions.AllowAnonymousToPage("/Language");
            })
            .AddMvcOptions(options =>
            {
                options.Filters.Add<AppExceptionPageFilter>();
                // FluentValidation decides what is required; otherwise MVC's implicit [Required] stops binding first and the
                // user sees one message instead of all of them.
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                options.ModelMetadataDetailsProviders.Add(new RequiredMessageProvider());
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));

        services.AddOptions<Microsoft.AspNetCore.Mvc.MvcOptions>()
            .Configure<IStringLocalizerFactory>((options, factory) => BindingMessages.Localise(options.ModelBindingMessageProvider, factory.Create(typeof(SharedResource))));
        services.AddFluentValidationClientsideAdapters();
        var secureOnly = IdentitySetup.CookiesAreSecureOnly(environment);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = secureOnly ? "__Host-NrmPortal.Antiforgery" : "NrmPortal.Antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = secureOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }

    /// <summary>FluentValidation shows each property by its localised [Display] name; its own messages follow the UI culture.</summary>
    public static void UseNrmLocalisationForValidation(this WebApplication app)
    {
        var localizer = app.Services.GetRequiredService<IStringLocalizerFactory>().Create(typeof(SharedResource));
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member?.GetCustomAttribute<DisplayAttribute>()?.Name is { } name ? localizer[name].Value : null;
    }

    public static void MapNrmHealthChecks(this WebApplication app)
    {
        // Liveness runs no checks; readiness checks the database. Both are public and say only Healthy/Unhealthy.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
    }

    public static void UseNrmSecurityHeaders(this WebApplication app)
    {
        var policies = new HeaderPolicyCollection()
            .AddFrameOptionsDeny()
            .AddContentTypeOptionsNoSniff()
            .AddReferrerPolicyNoReferrer()
            .AddCrossOriginOpenerPolicy(b => b.SameOrigin())
            .RemoveServerHeader()
            .AddPermissionsPolicy(b =>
            {
                b.AddCamera().None();
                b.AddMicrophone().None();
                b.AddGeolocation().None();
            })
            .AddContentSecurityPolicy(b =>
            {
                b.AddDefaultSrc().Self();
                b.AddScriptSrc().Self();
                b.AddStyleSrc().Self();
                b.AddImgSrc().Self().Data();
                b.AddObjectSrc().None();
                b.AddBaseUri().None();
                b.AddFrameAncestors().None();
                b.AddFormAction().Self();
            });
        app.UseSecurityHeaders(policies);
        app.Use(async (context, next) =>
        {
            // Authenticated pages must not be stored by browsers or proxies (ASVS 14.3.2).
            context.Response.OnStarting(() =>
            {
                if (context.User.Identity?.IsAuthenticated == true) context.Response.Headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
            await next(context);
        });
    }
}
