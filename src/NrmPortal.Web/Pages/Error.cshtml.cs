using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NrmPortal.Web.Infrastructure;

namespace NrmPortal.Web.Pages;

/// <summary>Shown for errors and error status codes. Tells nothing of the cause, only a reference to quote.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken(Order = 1001)] // the re-executed request may be a POST whose token was the very problem
public sealed class ErrorModel : PageModel
{
    public string CorrelationId { get; private set; } = "";
    public string Title { get; private set; } = "Something went wrong";
    public string Explanation { get; private set; } = "The portal could not complete your request. Nothing you did caused this; please try again later.";

    public void OnGet(int? statusCode) => Describe(statusCode);

    public void OnPost(int? statusCode) => Describe(statusCode);

    private void Describe(int? statusCode)
    {
        CorrelationId = CorrelationContext.Of(HttpContext);
        var code = statusCode is >= 400 and <= 599 ? statusCode.Value : StatusCodes.Status500InternalServerError; // the query string is user input
        Response.StatusCode = code;
        (Title, Explanation) = code switch
        {
            404 => ("Page not found", "The page does not exist, or you may not see it."),
            403 => ("Access denied", "You do not have access to this page."),
            400 => ("The request could not be processed", "The form may have expired. Go back, reload the page and try again."),
            _ => (Title, Explanation),
        };
    }
}
