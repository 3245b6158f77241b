using System.Globalization;
using NavLederprogram.Data;
using NavLederprogram.Entities;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Validation;

namespace NavLederprogram.Competence;

public sealed class ProficiencyScaleAppService(ICompetenceCatalogueRepository catalogue, CompetenceCatalogueManager manager, IUnitOfWork unitOfWork)
    : IProficiencyScaleAppService
{
    public async Task<PagedResult<ProficiencyScaleDto>> GetListAsync(PagedQuery query, CancellationToken ct) =>
        (await catalogue.GetScalesAsync(ct)).Select(ToDto).ToList().PageInMemory(query, s => s.Name);

    public async Task<ProficiencyScaleDto> GetAsync(Guid id, CancellationToken ct) => ToDto(await FindAsync(id, ct));

    public async Task<ProficiencyScaleDto> CreateAsync(SaveProficiencyScaleInput input, CancellationToken ct)
    {
        Validate(input);
        var scale = new ProficiencyScale(Guid.CreateVersion7(), input.Name.ToText(), input.Levels!.Select(l => l.ToText()).ToList());
        await catalogue.InsertScaleAsync(scale, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(scale);
    }

    public async Task<ProficiencyScaleDto> UpdateAsync(Guid id, SaveProficiencyScaleInput input, CancellationToken ct)
    {
        var scale = await FindAsync(id, ct);
        Validate(input);
        ConcurrencyCheck.Apply(scale, input.ConcurrencyStamp);
        await manager.EnsureScaleCanHaveAsync(scale, input.Levels!.Count, ct);
        scale.Rename(input.Name.ToText());
        scale.SetLevels(input.Levels!.Select(l => l.ToText()).ToList());
        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(scale);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var scale = await FindAsync(id, ct);
        await manager.EnsureScaleCanBeDeletedAsync(scale, ct);
        catalogue.DeleteScale(scale);
        await unitOfWork.SaveChangesAsync(ct);
    }

    private async Task<ProficiencyScale> FindAsync(Guid id, CancellationToken ct) =>
        await catalogue.FindScaleAsync(id, ct) ?? throw new EntityNotFoundException(typeof(ProficiencyScale), id);

    private static void Validate(SaveProficiencyScaleInput input)
    {
        var validator = new InputValidator().RequireTexts(nameof(input.Name), input.Name, CompetenceConsts.MaxNameLength);
        var levels = input.Levels ?? [];
        if (levels.Count == 0) validator.Add(nameof(input.Levels), InputValidator.Required);
        else if (levels.Count > CompetenceConsts.MaxScaleLevels) validator.Add(nameof(input.Levels), InputValidator.TooMany, CompetenceConsts.MaxScaleLevels);
        else for (var i = 0; i < levels.Count; i++) validator.RequireTexts($"levels[{i}]", levels[i], CompetenceConsts.MaxNameLength);
        validator.ThrowIfInvalid();
    }

    internal static ProficiencyScaleDto ToDto(ProficiencyScale s) => new(s.Id, s.Name.Local(), s.Name.ToDto(),
        s.Levels.OrderBy(l => l.Level).Select(l => new ScaleLevelDto(l.Level, l.Name.Local(), l.Name.ToDto())).ToList(), s.ConcurrencyStamp);
}

internal static class CatalogueTexts
{
    public static string Culture => LocalizationTexts.Normalize(CultureInfo.CurrentUICulture.Name);

    public static string Local(this LocalizedText text) => text.In(Culture);

    public static LocalizedTextDto ToDto(this LocalizedText text) => new(text.Nb, text.Nn, text.En);

    /// <summary>All three languages are required, each within the length limit; errors land on e.g. <c>name.nn</c>.</summary>
    public static InputValidator RequireTexts(this InputValidator validator, string field, LocalizedTextInput? input, int maxLength, bool required = true)
    {
        if (input is null)
        {
            if (required) validator.Add(field, InputValidator.Required);
            return validator;
        }
        var prefix = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(field);
        if (required)
        {
            validator.RequireText($"{prefix}.nb", input.Nb, maxLength).RequireText($"{prefix}.nn", input.Nn, maxLength).RequireText($"{prefix}.en", input.En, maxLength);
        }
        else
        {
            foreach (var (lang, text) in new[] { ("nb", input.Nb), ("nn", input.Nn), ("en", input.En) })
                if (text is { } t && t.Trim().Length > maxLength) validator.Add($"{prefix}.{lang}", InputValidator.MaxLength, maxLength);
        }
        return validator;
    }

    public static LocalizedText ToText(this LocalizedTextInput? input) => new(input?.Nb ?? "", input?.Nn ?? "", input?.En ?? "");

    public static PagedResult<T> PageInMemory<T>(this IReadOnlyList<T> items, PagedQuery query, Func<T, string> text)
    {
        var request = query.ToPageRequest();
        var filtered = string.IsNullOrWhiteSpace(request.Filter) ? items
            : items.Where(i => text(i).Contains(request.Filter.Trim(), StringComparison.CurrentCultureIgnoreCase)).ToList();
        return new PagedResult<T>(filtered.Count, filtered.Skip(request.SkipCount).Take(request.MaxResultCount).ToList());
    }
}
