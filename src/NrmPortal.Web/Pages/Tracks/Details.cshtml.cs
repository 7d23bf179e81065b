using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NrmPortal.Application.Features.Residence;
using NrmPortal.Web.Infrastructure;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Pages.Tracks;

/// <summary>
/// One person's reflection and residence track: what the role may see of it, its deadlines and timeline, and a form for
/// each step the state machine allows and the role records. A refused step shows the page again with what was typed.
/// </summary>
public sealed class DetailsModel(ISender sender, IStringLocalizer<SharedResource> localizer) : AppPageModel(localizer)
{
    public GetTrack.Model Track { get; private set; } = null!;

    /// <summary>Which form was posted, so the page opens it again with its messages.</summary>
    public string? PostedForm { get; private set; }

    [BindProperty] public OfferReflectionPeriod.Command Offer { get; set; } = new();
    [BindProperty] public EndReflectionPeriod.Command EndEarly { get; set; } = new();
    [BindProperty] public RecordCooperation.Command Cooperation { get; set; } = new();
    [BindProperty] public RecordProsecutionDecision.Command Prosecution { get; set; } = new();
    [BindProperty] public RecordComplaintOutcome.Command Complaint { get; set; } = new();
    [BindProperty] public ApplyForResidence.Command Application { get; set; } = new();
    [BindProperty] public DecideResidenceApplication.Command Decision { get; set; } = new();
    [BindProperty] public ExtendPermit.Command Extension { get; set; } = new();
    [BindProperty] public WithdrawPermit.Command Withdrawal { get; set; } = new();

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostOfferAsync(Guid id, CancellationToken ct) =>
        RecordAsync(id, nameof(Offer), Offer with { TrackId = id }, T["The reflection period has been recorded."], ct);

    public Task<IActionResult> OnPostEndEarlyAsync(Guid id, CancellationToken ct) =>
        RecordAsync(id, nameof(EndEarly), EndEarly with { TrackId = id }, T["The reflection period has been ended."], ct);

    public Task<IActionResult> OnPostCooperationAsync(Guid id, CancellationToken ct) =>
        RecordAsync(id, nameof(Cooperation), Cooperation with { TrackId = id }, T["The report has been recorded."], ct);

    public Task<IActionResult> OnPostProsecutionAsync(Guid id, CancellationToken ct) =>
        RecordAsync(id, nameof(Prosecution), Prosecution with { TrackId = id }, T["The decision has been recorded."], ct);

    public Task<IActionResult> OnPostComplaintAsync(Guid id, CancellationToken ct) =>
        RecordAsync(id, nameof(Complaint), Complaint with { TrackId = id }, T["The outcome of the complaint has been recorded."], ct);

    public Task<IActionResult> OnPostApplicationAsync(Guid id, CancellationToken ct) =>
        RecordAsync(id, nameof(Application), Application with { TrackId = id }, T["The application has been recorded."], ct);

    public Task<IActionResult> OnPostDecisionAsync(Guid id, CancellationToken ct) =>
        RecordAsync(id, nameof(Decision), Decision with { TrackId = id }, T["The decision has been recorded."], ct);

    public Task<IActionResult> OnPostExtensionAsync(Guid id, CancellationToken ct) =>
        RecordAsync(id, nameof(Extension), Extension with { TrackId = id }, T["The permit has been extended."], ct);

    public Task<IActionResult> OnPostWithdrawalAsync(Guid id, CancellationToken ct) =>
        RecordAsync(id, nameof(Withdrawal), Withdrawal with { TrackId = id },
            Withdrawal.Step == WithdrawPermit.Stage.Withdraw ? T["The permit has been withdrawn."] : T["The intention to withdraw has been recorded."], ct);

    private async Task<IActionResult> RecordAsync<TCommand>(Guid id, string form, TCommand command, string done, CancellationToken cancellationToken)
        where TCommand : ICommand
    {
        if (ModelState.IsValid && await TryAsync(() => sender.Send(command, cancellationToken).AsTask(), prefix: form))
        {
            StatusMessage = done;
            return RedirectToPage(new { id });
        }
        PostedForm = form;
        return await LoadAsync(id, cancellationToken);
    }

    private async Task<IActionResult> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var track = await sender.Send(new GetTrack.Query(id), cancellationToken);
        if (track is null) return NotFound();
        Track = track;
        return Page();
    }
}
