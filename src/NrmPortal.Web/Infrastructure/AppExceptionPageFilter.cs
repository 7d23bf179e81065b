using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using NrmPortal.Application.Common.Exceptions;

namespace NrmPortal.Web.Infrastructure;

/// <summary>Maps the application's access exceptions to HTTP answers in one place: 404, 403 (access denied page), or sign-in.</summary>
public sealed class AppExceptionPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled) return;
        IActionResult? result = executed.Exception switch
        {
            NotFoundException => new NotFoundResult(),
            ForbiddenAccessException => new ForbidResult(),
            UnauthorizedAccessException => new ChallengeResult(),
            _ => null,
        };
        if (result is null) return;
        executed.Result = result;
        executed.ExceptionHandled = true;
    }
}
