using AngleSharp;
using AngleSharp.Html.Dom;

namespace NrmPortal.IntegrationTests.Fixtures;

/// <summary>
/// Submits a page's form as a browser would (AspNetCore.Docs HtmlHelpers pattern): the form's own fields, its antiforgery
/// token and hidden values, overridden by the given values. Extra keys are posted too (used for over-posting tests).
/// </summary>
public static class HtmlForms
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<AngleSharp.Dom.IDocument, string> PageUrls = [];

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var document = await ParseAsync(response);
        PageUrls.AddOrUpdate(document, url);
        return document;
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var content = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return (IHtmlDocument)await context.OpenAsync(request => request.Content(content));
    }

    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string url, string formSelector,
        IEnumerable<KeyValuePair<string, string>> values, string? submitSelector = null)
    {
        var document = await client.GetDocumentAsync(url);
        var form = document.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form {formSelector} on {url}");
        return await client.SubmitAsync(form, values, submitSelector);
    }

    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IHtmlFormElement form,
        IEnumerable<KeyValuePair<string, string>> values, string? submitSelector = null)
    {
        var overrides = values.ToList();
        var overriddenNames = overrides.Select(v => v.Key).ToHashSet();
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !overriddenNames.Contains(input.Name):
                    if (input.Type is "checkbox" or "radio" ? input.IsChecked : input.Type is not ("submit" or "button"))
                        fields.Add(new(input.Name, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name) && !overriddenNames.Contains(area.Name):
                    fields.Add(new(area.Name, area.Value));
                    break;
                case IHtmlSelectElement { IsMultiple: true } multiple when !string.IsNullOrEmpty(multiple.Name) && !overriddenNames.Contains(multiple.Name):
                    // As a browser does: one field per selected option, nothing when none is selected.
                    fields.AddRange(multiple.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(multiple.Name!, o.Value)));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) && !overriddenNames.Contains(select.Name):
                    fields.Add(new(select.Name, select.Value ?? ""));
                    break;
            }
        }
        fields.AddRange(overrides);
        if (submitSelector is not null && form.QuerySelector(submitSelector) is IHtmlButtonElement { Name.Length: > 0 } button)
            fields.Add(new(button.Name, button.Value));

        // The raw attribute, resolved by the client's base address; a form without one posts back to its own page.
        var action = form.GetAttribute("action") is { Length: > 0 } attribute ? attribute : (PageUrls.TryGetValue(form.Owner!, out var pageUrl) ? pageUrl : "");
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(action, UriKind.RelativeOrAbsolute), content);
    }

    public static string TextOf(this IHtmlDocument document, string selector) =>
        document.QuerySelector(selector)?.TextContent.Trim() ?? "";

    public static string[] ValidationMessages(this IHtmlDocument document) =>
        document.QuerySelectorAll(".validation-summary-errors li, .field-validation-error, .text-danger")
            .Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).Distinct().ToArray();

    public static string? LocationPath(this HttpResponseMessage response) =>
        response.Headers.Location is { } location ? (location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString) : null;

}
