using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NrmPortal.Application.Features.Privacy;

namespace NrmPortal.Web.Pages.Privacy;

/// <summary>The access log of one employee, by e-mail address, per period, 50 a page.</summary>
public sealed class EmployeeModel(ISender sender) : PageModel
{
    public string? Email { get; private set; }
    public DateOnly? From { get; private set; }
    public DateOnly? To { get; private set; }
    public GetEmployeeLog.Result? Log { get; private set; }

    public async Task OnGetAsync(string? email, DateOnly? from, DateOnly? to, int pageNumber = 1, CancellationToken cancellationToken = default)
    {
        (Email, From, To) = (email, from, to);
        if (!string.IsNullOrWhiteSpace(email))
            Log = await sender.Send(new GetEmployeeLog.Query(email, from, to, Math.Max(1, pageNumber)), cancellationToken);
    }
}
