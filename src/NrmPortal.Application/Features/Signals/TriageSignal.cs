using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Common;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Signals;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Application.Features.Signals;

/// <summary>
/// A CoMensha coordinator decides what a signal is: about a registered person (link), a new possible victim (register,
/// CM-YYYY-NNNNN), a duplicate, or not a trafficking signal (with a reason). The version the coordinator saw is checked,
/// so when two coordinators triage one signal at once exactly one wins and the other is told so.
/// </summary>
public static class TriageSignal
{
    public const string RegistrationSeries = "CM";
    public const string ChooseVictim = "Choose the registered person to link this signal to.";
    public const string GiveReason = "Give the reason why this is not a trafficking signal.";

    public enum Outcome
    {
        LinkToVictim,
        RegisterNewVictim,
        Duplicate,
        NotTrafficking,
    }

    [RequireRole(Roles.CoMenshaCoordinator)]
    public sealed record Command : ICommand<Guid?>
    {
        public Guid SignalId { get; init; }
        public Guid Version { get; init; }
        public Outcome? Decision { get; init; }
        public Guid? VictimId { get; init; }
        [Display(Name = "Note")] public string? Note { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IAppDbContext db)
        {
            RuleFor(c => c.Decision).NotNull().IsInEnum();
            RuleFor(c => c.VictimId).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(ChooseVictim)
                .MustAsync((id, ct) => db.PossibleVictims.AnyAsync(v => v.Id == id && v.Status == VictimFileStatus.Open, ct)).WithMessage(ChooseVictim)
                .When(c => c.Decision == Outcome.LinkToVictim);
            RuleFor(c => c.Note).NotEmpty().WithMessage(GiveReason).When(c => c.Decision == Outcome.NotTrafficking);
            RuleFor(c => c.Note).MaximumLength(Signal.TriageNoteMaxLength);
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, IReferenceNumbers numbers, TimeProvider clock, INameIndex nameIndex) : ICommandHandler<Command, Guid?>
    {
        public async ValueTask<Guid?> Handle(Command command, CancellationToken cancellationToken)
        {
            var signal = await db.Signals.SingleOrDefaultAsync(s => s.Id == command.SignalId, cancellationToken)
                ?? throw new NotFoundException(nameof(Signal), command.SignalId);
            db.ExpectVersion(signal, command.Version);
            if (signal.Status != SignalStatus.New) throw new ConcurrencyConflictException(new InvalidOperationException("Already triaged."));

            var now = clock.GetUtcNow().UtcDateTime;
            var coordinator = currentUser.UserId ?? throw new UnauthorizedAccessException();
            switch (command.Decision)
            {
                case Outcome.LinkToVictim:
                    var victim = await db.PossibleVictims.SingleAsync(v => v.Id == command.VictimId, cancellationToken);
                    victim.LinkSignal(signal, now, nameIndex);
                    db.ExpectVersion(victim, victim.Version); // linking changes the file: its version moves on too
                    signal.LinkToVictim(victim.Id, coordinator, now);
                    await CarryTrackOverAsync(signal.Id, victim.Id, cancellationToken);
                    return victim.Id;
                case Outcome.RegisterNewVictim:
                    var year = DutchCalendar.DateOf(now).Year;
                    var number = PossibleVictim.FormatRegistrationNumber(year, await numbers.NextAsync(RegistrationSeries, year, cancellationToken));
                    var registered = PossibleVictim.RegisterFrom(signal, number, now, nameIndex);
                    db.PossibleVictims.Add(registered);
                    signal.RegisteredAsVictim(registered.Id, coordinator, now);
                    await CarryTrackOverAsync(signal.Id, registered.Id, cancellationToken);
                    return registered.Id;
                case Outcome.Duplicate:
                    signal.MarkDuplicate(command.Note, coordinator, now);
                    return null;
                default:
                    signal.CloseAsNotTrafficking(command.Note!, coordinator, now);
                    return null;
            }
        }

        /// <summary>
        /// A reflection period the police recorded on the signal follows the person. When the person already has a track
        /// (an earlier signal), the signal's track stays with the signal: merging two tracks' histories is not automated.
        /// </summary>
        private async Task CarryTrackOverAsync(Guid signalId, Guid victimId, CancellationToken cancellationToken)
        {
            var track = await db.ResidenceTracks.SingleOrDefaultAsync(t => t.SignalId == signalId && t.VictimId == null, cancellationToken);
            if (track is null || await db.ResidenceTracks.AnyAsync(t => t.VictimId == victimId, cancellationToken)) return;
            var nationality = await db.PossibleVictims.Where(v => v.Id == victimId).Select(v => (NationalityGroup?)v.NationalityGroup).SingleOrDefaultAsync(cancellationToken);
            track.AttachToVictim(victimId, nationality);
        }
    }
}
