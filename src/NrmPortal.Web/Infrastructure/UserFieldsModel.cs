using Microsoft.AspNetCore.Mvc.ModelBinding;
using NrmPortal.Application.Features.Organisations;

namespace NrmPortal.Web.Infrastructure;

/// <summary>The fields shared by the create and edit user forms, with the messages ModelState holds for them.</summary>
public sealed record UserFieldsModel(string DisplayName, string Email, Guid? OrganisationId, string Role,
    IReadOnlyList<ListOrganisationOptions.Option> Organisations, ModelStateDictionary ModelState)
{
    public bool HasError(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    public string? Error(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;
}
