using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NrmPortal.Application.Features.Shelter;
using NrmPortal.Web.Infrastructure;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Pages.CoMensha;

/// <summary>CoMensha registers a facility (no id) or changes one.</summary>
public sealed class FacilityModel(ISender sender, IStringLocalizer<SharedResource> localizer) : AppPageModel(localizer)
{
    [BindProperty] public FacilityInput Input { get; set; } = new();
    [BindProperty] public Guid Version { get; set; }
    public Guid? Id { get; private set; }
    public IReadOnlyList<ListProviderOptions.Option> Providers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is { } existing)
        {
            var facility = await sender.Send(new GetFacility.Query(existing), cancellationToken);
            if (facility is null) return NotFound();
            Version = facility.Version;
            var c = facility.Criteria;
            Input = new FacilityInput
            {
                OrganisationId = facility.OrganisationId, Name = facility.Name, Type = facility.Type, Places = facility.Places,
                Sexes = NrmPortal.Domain.Common.Flags.Each<NrmPortal.Domain.Shelter.SexesAdmitted>().Where(s => c.Sexes.HasFlag(s)).ToList(),
                MinimumAge = c.MinimumAge, MaximumAge = c.MaximumAge,
                Nationalities = NrmPortal.Domain.Common.Flags.Each<NrmPortal.Domain.Shelter.NationalityGroups>().Where(n => c.Nationalities.HasFlag(n)).ToList(),
                AcceptsAccompanyingChildren = c.AcceptsAccompanyingChildren, ExcludesCouples = c.ExcludesCouples,
                ExcludesAcutePsychiatricProblems = c.ExcludesAcutePsychiatricProblems, ExcludesAddictionProblems = c.ExcludesAddictionProblems,
                Region = facility.Region, ConfidentialAddress = facility.ConfidentialAddress,
            };
        }
        Providers = await sender.Send(new ListProviderOptions.Query(), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        Id = id;
        var savedId = id ?? Guid.Empty;
        if (ModelState.IsValid && await TryAsync(async () =>
            {
                if (id is { } existing) await sender.Send(new EditFacility.Command(existing, Version, Input), cancellationToken);
                else savedId = await sender.Send(new CreateFacility.Command(Input), cancellationToken);
            }, prefix: "")) // the commands name their fields "Input.…", as the form does
        {
            StatusMessage = T["The facility has been saved."];
            return RedirectToPage("/Shelter/Facility", new { id = savedId });
        }
        Providers = await sender.Send(new ListProviderOptions.Query(), cancellationToken);
        return Page();
    }
}
