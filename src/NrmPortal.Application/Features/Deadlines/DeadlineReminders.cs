using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Domain.Deadlines;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Deadlines;

/// <summary>
/// The daily reminder: one mail per responsible organisation (police, IND, CoMensha, COA, Nidos) with what is due, to the organisation's
/// contact address. A mail carries references and due dates only, never names or case details: e-mail leaves the portal's
/// protection. Each organisation gets at most one mail a day, also across restarts (<see cref="ReminderDispatch"/>).
/// </summary>
public sealed class DeadlineReminders(IAppDbContext db, DueItems dueItems, IMailSender mail, TimeProvider clock)
{
    public const int MaxItemsPerMail = 100;

    /// <summary>Sends today's reminders that have not been sent yet; returns how many mails went out.</summary>
    public async Task<int> SendAsync(DateOnly today, Uri portalAddress, CancellationToken cancellationToken)
    {
        var alreadySent = await db.ReminderDispatches.Where(r => r.Date == today).Select(r => r.OrganisationId).ToListAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => o.IsActive && !alreadySent.Contains(o.Id)
                && (o.Type == OrganisationType.Police || o.Type == OrganisationType.Ind || o.Type == OrganisationType.CoMensha
                    || o.Type == OrganisationType.Coa || o.Type == OrganisationType.Nidos))
            .Select(o => new { o.Id, o.Type, Email = o.Contact.Email })
            .ToListAsync(cancellationToken);

        var sent = 0;
        var failures = new List<Exception>();
        foreach (var organisation in organisations)
        {
            if (string.IsNullOrWhiteSpace(organisation.Email)) continue;
            var role = organisation.Type switch
            {
                OrganisationType.Police => Roles.Police,
                OrganisationType.Ind => Roles.Ind,
                OrganisationType.Coa => Roles.Coa,
                OrganisationType.Nidos => Roles.CareWorker, // Nidos staff hold the care-worker role; they get their wards turning 18
                _ => Roles.CoMenshaCoordinator,
            };
            var items = await dueItems.ForAsync(role, organisation.Id, today, MaxItemsPerMail + 1, cancellationToken);
            if (items.Count == 0) continue;

            // Claim the organisation's mail for today first: the key (organisation, day) lets only one run or instance send it.
            var claim = new ReminderDispatch(organisation.Id, today, items.Count, clock.GetUtcNow().UtcDateTime);
            db.ReminderDispatches.Add(claim);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                db.DiscardChanges(); // someone else claimed it
                continue;
            }

            try
            {
                await mail.SendAsync(new OutgoingMail(organisation.Email, Subject(items.Count), Body(items, today, portalAddress)), cancellationToken);
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Give the claim back so the next run tries again, and go on with the other organisations.
                db.ReminderDispatches.Remove(claim);
                await db.SaveChangesAsync(cancellationToken);
                failures.Add(ex);
            }
        }
        if (failures.Count > 0) throw new AggregateException("Some deadline reminders could not be sent.", failures);
        return sent;
    }

    private static string Subject(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"NRM Portal: {(count > MaxItemsPerMail ? MaxItemsPerMail + "+" : count)} aandachtspunt(en) / item(s) need attention");

    private static string Body(IReadOnlyList<DueItem> items, DateOnly today, Uri portalAddress)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Aandachtspunten op {today:dd-MM-yyyy} / Items due as of {today:yyyy-MM-dd}:");
        text.AppendLine();
        foreach (var item in items.Take(MaxItemsPerMail))
            text.AppendLine(CultureInfo.InvariantCulture, $"- {item.DueOn:yyyy-MM-dd}  {item.Reference}  {item.Kind}");
        if (items.Count > MaxItemsPerMail)
            text.AppendLine(CultureInfo.InvariantCulture, $"... en meer / and more: zie het portaal / see the portal.");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Log in to see the details / Log in voor de details: {new Uri(portalAddress, "Deadlines")}");
        text.AppendLine("Deze e-mail bevat bewust geen persoonsgegevens. / This e-mail deliberately contains no personal data.");
        return text.ToString();
    }
}
