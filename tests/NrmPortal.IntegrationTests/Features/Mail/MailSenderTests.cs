using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Infrastructure.Mail;

namespace NrmPortal.IntegrationTests.Features.Mail;

/// <summary>The two mail senders and the "Mail" options, built directly (no portal host).</summary>
public sealed class MailSenderTests : IDisposable
{
    private static readonly OutgoingMail Reminder = new(
        "coordinator@comensha.example",
        "Herinnering: 2 signalen wachten op triage",
        "SIG-2026-000001 en SIG-2026-000002 wachten op triage.\nhttps://portal.example/Signals");

    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), "nrm-mail-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(_contentRoot, recursive: true); } catch (DirectoryNotFoundException) { } // nothing was written
    }

    private static MailOptions ValidOptions(MailMode mode, Action<MailOptions>? change = null)
    {
        var options = new MailOptions
        {
            Mode = mode,
            From = "noreply@nrm-portal.example",
            FromName = "NRM Portal",
            Host = "smtp.nrm-portal.example",
            PickupDirectory = "App_Data/mail",
        };
        change?.Invoke(options);
        return options;
    }

    [Fact]
    public async Task The_pickup_sender_writes_one_eml_file_under_the_content_root_that_reads_back_as_the_mail()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 10, 15, 30, 123, TimeSpan.Zero));
        var sender = new PickupFolderMailSender(Options.Create(ValidOptions(MailMode.PickupFolder)), new TestEnvironment(_contentRoot), clock,
            NullLogger<PickupFolderMailSender>.Instance);
        var mail = Reminder with { TextBody = "Eén signaal is verlopen: SIG-2026-000003.\nhttps://portal.example/Signals" };

        await sender.SendAsync(mail, TestContext.Current.CancellationToken);

        var file = Assert.Single(Directory.GetFiles(Path.Combine(_contentRoot, "App_Data", "mail")));
        Assert.Matches(@"^20261123T101530123-[0-9a-f]{32}\.eml$", Path.GetFileName(file));
        using var message = await MimeMessage.LoadAsync(file, TestContext.Current.CancellationToken);
        var from = Assert.IsType<MailboxAddress>(Assert.Single(message.From));
        Assert.Equal("noreply@nrm-portal.example", from.Address);
        Assert.Equal("NRM Portal", from.Name);
        Assert.Equal("coordinator@comensha.example", Assert.IsType<MailboxAddress>(Assert.Single(message.To)).Address);
        Assert.Equal(mail.Subject, message.Subject);
        Assert.Equal(mail.TextBody, message.TextBody?.ReplaceLineEndings("\n").TrimEnd('\n'));
        Assert.Null(message.HtmlBody);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 10, 15, 30, TimeSpan.Zero), message.Date); // the Date header has whole seconds
    }

    [Fact]
    public async Task A_line_break_in_the_subject_does_not_become_a_header_of_its_own()
    {
        var sender = new PickupFolderMailSender(Options.Create(ValidOptions(MailMode.PickupFolder)), new TestEnvironment(_contentRoot),
            TimeProvider.System, NullLogger<PickupFolderMailSender>.Instance);

        await sender.SendAsync(Reminder with { Subject = "Herinnering\r\nBcc: someone@elsewhere.example" }, TestContext.Current.CancellationToken);

        using var message = await MimeMessage.LoadAsync(Directory.GetFiles(sender.Folder).Single(), TestContext.Current.CancellationToken);
        Assert.Equal("Herinnering Bcc: someone@elsewhere.example", message.Subject);
        Assert.Empty(message.Bcc);
    }

    [Fact]
    public async Task An_invalid_recipient_is_refused_before_anything_is_written()
    {
        var sender = new PickupFolderMailSender(Options.Create(ValidOptions(MailMode.PickupFolder)), new TestEnvironment(_contentRoot),
            TimeProvider.System, NullLogger<PickupFolderMailSender>.Instance);

        await Assert.ThrowsAsync<ArgumentException>(() => sender.SendAsync(Reminder with { To = "not an address" }, TestContext.Current.CancellationToken));
        Assert.False(Directory.Exists(sender.Folder));
    }

    [Fact]
    public void Valid_smtp_and_pickup_settings_pass_validation()
    {
        var validator = new MailOptionsValidator();
        Assert.True(validator.Validate(null, ValidOptions(MailMode.Smtp)).Succeeded);
        Assert.True(validator.Validate(null, ValidOptions(MailMode.PickupFolder, o => { o.Host = null; })).Succeeded);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Smtp_without_a_host_is_refused(string? host)
    {
        var result = new MailOptionsValidator().Validate(null, ValidOptions(MailMode.Smtp, o => { o.Host = host; }));

        Assert.True(result.Failed);
        Assert.Contains("Mail:Host", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("noreply")]
    [InlineData("noreply@")]
    [InlineData("no reply@nrm-portal.example")]
    [InlineData("NRM Portal <noreply@nrm-portal.example>")]
    public void An_invalid_sender_address_is_refused_in_either_mode(string from)
    {
        foreach (var mode in new[] { MailMode.Smtp, MailMode.PickupFolder })
        {
            var result = new MailOptionsValidator().Validate(null, ValidOptions(mode, o => { o.From = from; }));

            Assert.True(result.Failed, $"{mode} accepted From '{from}'");
            Assert.Contains("Mail:From", result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65536)]
    public void A_port_outside_1_to_65535_is_refused(int port)
    {
        Assert.True(new MailOptionsValidator().Validate(null, ValidOptions(MailMode.Smtp, o => { o.Port = port; })).Failed);
    }

    [Fact]
    public void A_user_name_without_a_password_is_refused_and_the_message_never_shows_a_password()
    {
        var validator = new MailOptionsValidator();
        var withoutPassword = validator.Validate(null, ValidOptions(MailMode.Smtp, o => { o.UserName = "portal"; }));
        var withBadPort = validator.Validate(null, ValidOptions(MailMode.Smtp, o => { o.UserName = "portal"; o.Password = "s3cret-Value"; o.Port = 0; }));

        Assert.True(withoutPassword.Failed);
        Assert.Contains("Mail:Password", withoutPassword.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-Value", withBadPort.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-Value", ValidOptions(MailMode.Smtp, o => { o.Password = "s3cret-Value"; }).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AddMail_refuses_invalid_settings_when_the_options_are_first_used()
    {
        using var provider = BuildProvider(new() { ["Mail:Mode"] = "Smtp", ["Mail:From"] = "noreply@nrm-portal.example" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IMailSender>());
        Assert.Contains("Mail:Host", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Smtp", typeof(SmtpMailSender))]
    [InlineData("PickupFolder", typeof(PickupFolderMailSender))]
    public void AddMail_registers_the_sender_for_the_configured_mode(string mode, Type expected)
    {
        using var provider = BuildProvider(new()
        {
            ["Mail:Mode"] = mode,
            ["Mail:From"] = "noreply@nrm-portal.example",
            ["Mail:Host"] = "smtp.nrm-portal.example",
        });

        Assert.IsType(expected, provider.GetRequiredService<IMailSender>());
        Assert.Same(provider.GetRequiredService<IMailSender>(), provider.GetRequiredService<IMailSender>());
    }

    [Fact]
    public async Task The_smtp_sender_hands_the_mail_to_an_smtp_server()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30)); // neither side can hang the test run
        await using var server = FakeSmtpServer.Start(timeout.Token);
        var options = ValidOptions(MailMode.Smtp, o => { o.Host = "127.0.0.1"; o.Port = server.Port; o.UseStartTls = false; });
        var sender = new SmtpMailSender(Options.Create(options), TimeProvider.System, NullLogger<SmtpMailSender>.Instance);

        await sender.SendAsync(Reminder, timeout.Token);
        var session = await server.Session.WaitAsync(timeout.Token);

        Assert.Contains("MAIL FROM:<noreply@nrm-portal.example>", session.Commands);
        Assert.Contains("RCPT TO:<coordinator@comensha.example>", session.Commands);
        Assert.Equal("QUIT", session.Commands[^1]);
        using var received = MimeMessage.Load(new MemoryStream(Encoding.Latin1.GetBytes(session.Data)), timeout.Token);
        Assert.Equal(Reminder.Subject, received.Subject);
        Assert.Equal(Reminder.TextBody, received.TextBody?.ReplaceLineEndings("\n").TrimEnd('\n'));
        Assert.Contains("Subject: " + Reminder.Subject, session.Data, StringComparison.Ordinal);
        Assert.Contains("SIG-2026-000001 en SIG-2026-000002 wachten op triage.", session.Data, StringComparison.Ordinal);
    }

    private ServiceProvider BuildProvider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddMail(configuration, new TestEnvironment(_contentRoot));
        return services.BuildServiceProvider();
    }

    private sealed class TestEnvironment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";
        public string ApplicationName { get; set; } = "NrmPortal.Tests";
        public string ContentRootPath { get; set; } = contentRoot;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    /// <summary>What the client said: its commands (outside DATA) and the message it sent, without the dot-stuffing.</summary>
    private sealed record SmtpSession(IReadOnlyList<string> Commands, string Data);

    /// <summary>
    /// Just enough SMTP for one plain connection on 127.0.0.1: no STARTTLS, no AUTH, no PIPELINING. Serves one client and
    /// stops; every read is bound to the token, so a confused client fails the test instead of hanging it.
    /// </summary>
    private sealed class FakeSmtpServer : IAsyncDisposable
    {
        private readonly TcpListener _listener;

        private FakeSmtpServer(TcpListener listener, CancellationToken cancellationToken)
        {
            _listener = listener;
            Session = ServeOneAsync(cancellationToken);
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public Task<SmtpSession> Session { get; }

        public static FakeSmtpServer Start(CancellationToken cancellationToken)
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return new FakeSmtpServer(listener, cancellationToken);
        }

        private async Task<SmtpSession> ServeOneAsync(CancellationToken cancellationToken)
        {
            using var client = await _listener.AcceptTcpClientAsync(cancellationToken);
            await using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.Latin1);
            await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
            var commands = new List<string>();
            var data = new StringBuilder();

            await writer.WriteLineAsync("220 fake.smtp.test ESMTP".AsMemory(), cancellationToken);
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                commands.Add(line);
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-fake.smtp.test\r\n250 HELP".AsMemory(), cancellationToken);
                        break;
                    case "HELO" or "MAIL" or "RCPT" or "RSET" or "NOOP":
                        await writer.WriteLineAsync("250 OK".AsMemory(), cancellationToken);
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>".AsMemory(), cancellationToken);
                        while (await reader.ReadLineAsync(cancellationToken) is { } dataLine && dataLine != ".")
                            data.Append(dataLine.StartsWith('.') ? dataLine[1..] : dataLine).Append("\r\n");
                        await writer.WriteLineAsync("250 OK queued".AsMemory(), cancellationToken);
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 Bye".AsMemory(), cancellationToken);
                        return new SmtpSession(commands, data.ToString());
                    default:
                        await writer.WriteLineAsync("502 Command not implemented".AsMemory(), cancellationToken);
                        break;
                }
            }
            throw new IOException("The client closed the connection without QUIT.");
        }

        public async ValueTask DisposeAsync()
        {
            _listener.Stop();
            _listener.Dispose();
            try { await Session; } catch (Exception) { } // the test has already failed or finished; only stop the server
        }
    }
}
