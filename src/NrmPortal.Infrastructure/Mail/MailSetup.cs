using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NrmPortal.Application.Common.Abstractions;

namespace NrmPortal.Infrastructure.Mail;

public static class MailSetup
{
    /// <summary>
    /// Registers the "Mail" options, checked at start-up, and <see cref="IMailSender"/> for Mail:Mode. The mode is read from
    /// the bound options when the sender is first resolved, so settings a test host adds late still count.
    /// </summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MailOptions>, MailOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<IMailSender>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<MailOptions>>();
            var time = provider.GetRequiredService<TimeProvider>();
            return options.Value.Mode switch
            {
                MailMode.PickupFolder => new PickupFolderMailSender(options, environment, time, provider.GetRequiredService<ILogger<PickupFolderMailSender>>()),
                _ => new SmtpMailSender(options, time, provider.GetRequiredService<ILogger<SmtpMailSender>>()),
            };
        });
        return services;
    }
}
