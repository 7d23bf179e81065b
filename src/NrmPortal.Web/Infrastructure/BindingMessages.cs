using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;

namespace NrmPortal.Web.Infrastructure;

/// <summary>Model-binding errors ("not a number", "not a date") in the user's language instead of English-only framework texts.</summary>
public static class BindingMessages
{
    public static void Localise(DefaultModelBindingMessageProvider provider, IStringLocalizer localizer)
    {
        provider.SetValueMustNotBeNullAccessor(_ => localizer["A value is required."]);
        provider.SetMissingBindRequiredValueAccessor(_ => localizer["A value is required."]);
        provider.SetMissingKeyOrValueAccessor(() => localizer["A value is required."]);
        provider.SetMissingRequestBodyRequiredValueAccessor(() => localizer["A value is required."]);
        provider.SetAttemptedValueIsInvalidAccessor((value, _) => localizer["The value '{0}' is not valid.", value]);
        provider.SetNonPropertyAttemptedValueIsInvalidAccessor(value => localizer["The value '{0}' is not valid.", value]);
        provider.SetUnknownValueIsInvalidAccessor(_ => localizer["The value is not valid."]);
        provider.SetNonPropertyUnknownValueIsInvalidAccessor(() => localizer["The value is not valid."]);
        provider.SetValueIsInvalidAccessor(value => localizer["The value '{0}' is not valid.", value]);
        provider.SetValueMustBeANumberAccessor(_ => localizer["Enter a number."]);
        provider.SetNonPropertyValueMustBeANumberAccessor(() => localizer["Enter a number."]);
    }
}
