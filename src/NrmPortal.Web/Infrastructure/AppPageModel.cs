using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Domain.Common;
using NrmPortal.Domain.Residence;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Infrastructure;

/// <summary>
/// Base of the portal's form pages: runs a command and turns every expected refusal (validation, rule, conflict) into
/// localised messages in ModelState, so the page is shown again with what the user typed and never fails with a 500.
/// </summary>
public abstract class AppPageModel(IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const string StatusMessageKey = "StatusMessage";

    protected IStringLocalizer<SharedResource> T { get; } = localizer;

    [Microsoft.AspNetCore.Mvc.TempData(Key = StatusMessageKey)]
    public string? StatusMessage { get; set; }

    /// <returns>true when the command succeeded; false when messages were added to ModelState.</returns>
    protected async Task<bool> TryAsync(Func<Task> action, string prefix = "Input")
    {
        try
        {
            await action();
            return true;
        }
        catch (RequestValidationException ex)
        {
            foreach (var (property, messages) in ex.Errors)
            {
                var key = string.IsNullOrEmpty(property) || string.IsNullOrEmpty(prefix) ? property : $"{prefix}.{property}";
                foreach (var message in messages) ModelState.AddModelError(key, T[message]);
            }
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError("", T["Someone else changed this record after you opened it. Reload the page to see their changes, then make yours again."]);
        }
        catch (BusinessRuleException ex)
        {
            ModelState.AddModelError("", T[ex.Message]);
        }
        catch (StepNotAllowedException ex)
        {
            var allowed = ex.Allowed.Count == 0 ? T["none"].Value : string.Join(", ", ex.Allowed.Select(step => T.LabelOf(step)));
            ModelState.AddModelError("", T[ex.Message] + " " + string.Format(System.Globalization.CultureInfo.CurrentCulture, T["Possible now: {0}."], allowed));
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError("", T[ex.Message]);
        }
        return false;
    }
}
