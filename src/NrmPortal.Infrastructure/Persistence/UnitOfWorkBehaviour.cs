using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Exceptions;

namespace NrmPortal.Infrastructure.Persistence;

/// <summary>
/// Commands only (the constraint keeps queries out): one transaction around the handler, saved and committed at the end.
/// A concurrency conflict becomes <see cref="ConcurrencyConflictException"/> and nothing is written. A refused attempt on an
/// existing record (<see cref="NotFoundException.RecordExists"/>) is written to the access log after the rollback.
/// </summary>
public sealed class UnitOfWorkBehaviour<TMessage, TResponse>(AppDbContext db, IAccessLog accessLog, ILogger<UnitOfWorkBehaviour<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IBaseCommand
{
    public const string SaveConflictMessage = "The change conflicts with a record that was saved at the same moment. Reload the page and try again.";

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null) // a nested command joins the outer unit of work
            return await next(message, cancellationToken);

        // No retrying strategy is configured, so the handler runs once; keep it that way or clear the tracker before a retry.
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await RunAsync(strategy, message, next, cancellationToken);
        }
        catch (NotFoundException ex) when (ex.RecordExists && ex.Id is Guid id)
        {
            // Rolled back by now: the refused attempt on an existing record is logged on its own.
            await accessLog.LogDeniedAsync(ex.EntityType, id, cancellationToken);
            throw;
        }
    }

    private async Task<TResponse> RunAsync(IExecutionStrategy strategy, TMessage message, MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken) =>
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var response = await next(message, ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return response;
            }
            catch (DbUpdateConcurrencyException ex)
            {
                db.ChangeTracker.Clear();
                throw new ConcurrencyConflictException(ex);
            }
            catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
            {
                // A unique index refused the row: someone saved the same value at the same moment, after validation passed.
                // Other database errors are faults, not user errors: they go on to the error page and the log.
                logger.LogWarning("A unique index refused a save of {EntityTypes}", string.Join(",", ex.Entries.Select(e => e.Metadata.ShortName())));
                db.ChangeTracker.Clear();
                throw new BusinessRuleException(SaveConflictMessage);
            }
            catch
            {
                db.ChangeTracker.Clear(); // nothing half-done may be saved by a later command in this scope
                throw;
            }
        }, cancellationToken);
}
