using System.Globalization;
using NavLederprogram.Data;
using NavLederprogram.Entities;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Validation;

namespace NavLederprogram.Competence;

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

public sealed class CompetenceCategoryAppService(ICompetenceCatalogueRepository catalogue, CompetenceCatalogueManager manager, IUnitOfWork unitOfWork)
    : ICompetenceCategoryAppService
{
    public async Task<PagedResult<CompetenceCategoryDto>> GetListAsync(PagedQuery query, CancellationToken ct) =>
        (await catalogue.GetCategoriesAsync(ct)).Select(ToDto).ToList().PageInMemory(query, c => c.Name);

    public async Task<CompetenceCategoryDto> GetAsync(Guid id, CancellationToken ct) => ToDto(await FindAsync(id, ct));

    public async Task<CompetenceCategoryDto> CreateAsync(SaveCompetenceCategoryInput input, CancellationToken ct)
    {
        Validate(input);
        var category = new CompetenceCategory(Guid.CreateVersion7(), input.Name.ToText(), input.SortOrder!.Value);
        await catalogue.InsertCategoryAsync(category, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(category);
    }

    public async Task<CompetenceCategoryDto> UpdateAsync(Guid id, SaveCompetenceCategoryInput input, CancellationToken ct)
    {
        var category = await FindAsync(id, ct);
        Validate(input);
        ConcurrencyCheck.Apply(category, input.ConcurrencyStamp);
        category.Update(input.Name.ToText(), input.SortOrder!.Value);
        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(category);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var category = await FindAsync(id, ct);
        await manager.EnsureCategoryCanBeDeletedAsync(category, ct);
        catalogue.DeleteCategory(category);
        await unitOfWork.SaveChangesAsync(ct);
    }

    private async Task<CompetenceCategory> FindAsync(Guid id, CancellationToken ct) =>
        await catalogue.FindCategoryAsync(id, ct) ?? throw new EntityNotFoundException(typeof(CompetenceCategory), id);

    private static void Validate(SaveCompetenceCategoryInput input) =>
        new InputValidator().RequireTexts(nameof(input.Name), input.Name, CompetenceConsts.MaxNameLength)
            .InRange(nameof(input.SortOrder), input.SortOrder, 0, 1000).ThrowIfInvalid();

    private static CompetenceCategoryDto ToDto(CompetenceCategory c) => new(c.Id, c.Name.Local(), c.Name.ToDto(), c.SortOrder, c.ConcurrencyStamp);
}

public sealed class CompetenceAreaAppService(ICompetenceCatalogueRepository catalogue, CompetenceCatalogueManager manager, IUnitOfWork unitOfWork)
    : ICompetenceAreaAppService
{
    public async Task<PagedResult<CompetenceAreaDto>> GetListAsync(CompetenceAreaQuery query, CancellationToken ct)
    {
        var page = await catalogue.GetAreaPageAsync(query.ToPageRequest(), query.CategoryId, ct);
        return new PagedResult<CompetenceAreaDto>(page.TotalCount, await ToDtosAsync(page.Items, ct));
    }

    public async Task<CompetenceAreaDto> GetAsync(Guid id, CancellationToken ct) => (await ToDtosAsync([await FindAsync(id, ct)], ct))[0];

    public async Task<CompetenceAreaDto> CreateAsync(SaveCompetenceAreaInput input, CancellationToken ct)
    {
        await ValidateAsync(input, ct);
        await manager.EnsureAreaCodeFreeAsync(input.Code!, null, ct);
        var area = new CompetenceArea(Guid.CreateVersion7(), input.Code!.ToUpperInvariant(), input.CategoryId!.Value, input.ScaleId!.Value,
            input.Name.ToText(), input.Description.ToText());
        await catalogue.InsertAreaAsync(area, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return (await ToDtosAsync([area], ct))[0];
    }

    public async Task<CompetenceAreaDto> UpdateAsync(Guid id, SaveCompetenceAreaInput input, CancellationToken ct)
    {
        var area = await FindAsync(id, ct);
        await ValidateAsync(input, ct);
        ConcurrencyCheck.Apply(area, input.ConcurrencyStamp);
        await manager.EnsureAreaCodeFreeAsync(input.Code!, id, ct);
        if (input.ScaleId != area.ScaleId) await manager.EnsureScaleCanChangeAsync(area, ct);
        area.ChangeCode(input.Code!.ToUpperInvariant());
        area.Update(input.CategoryId!.Value, input.ScaleId!.Value, input.Name.ToText(), input.Description.ToText());
        await unitOfWork.SaveChangesAsync(ct);
        return (await ToDtosAsync([area], ct))[0];
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var area = await FindAsync(id, ct);
        await manager.EnsureAreaCanBeDeletedAsync(area, ct);
        catalogue.DeleteArea(area);
        await unitOfWork.SaveChangesAsync(ct);
    }

    private async Task<CompetenceArea> FindAsync(Guid id, CancellationToken ct) =>
        await catalogue.FindAreaAsync(id, ct) ?? throw new EntityNotFoundException(typeof(CompetenceArea), id);

    private async Task ValidateAsync(SaveCompetenceAreaInput input, CancellationToken ct)
    {
        var validator = new InputValidator()
            .RequireText(nameof(input.Code), input.Code, CompetenceConsts.MaxCodeLength)
            .Require(nameof(input.CategoryId), input.CategoryId)
            .Require(nameof(input.ScaleId), input.ScaleId)
            .RequireTexts(nameof(input.Name), input.Name, CompetenceConsts.MaxNameLength)
            .RequireTexts(nameof(input.Description), input.Description, CompetenceConsts.MaxDescriptionLength, required: false);
        if (input.CategoryId is { } categoryId && await catalogue.FindCategoryAsync(categoryId, ct) is null) validator.Add(nameof(input.CategoryId), InputValidator.Unknown);
        if (input.ScaleId is { } scaleId && await catalogue.FindScaleAsync(scaleId, ct) is null) validator.Add(nameof(input.ScaleId), InputValidator.Unknown);
        validator.ThrowIfInvalid();
    }

    private async Task<IReadOnlyList<CompetenceAreaDto>> ToDtosAsync(IReadOnlyList<CompetenceArea> areas, CancellationToken ct)
    {
        var categories = (await catalogue.GetCategoriesAsync(ct)).ToDictionary(c => c.Id);
        var scales = (await catalogue.GetScalesAsync(ct)).ToDictionary(s => s.Id);
        return areas.Select(a => new CompetenceAreaDto(a.Id, a.Code, a.CategoryId, categories.GetValueOrDefault(a.CategoryId)?.Name.Local() ?? "",
            a.ScaleId, scales.GetValueOrDefault(a.ScaleId)?.Name.Local() ?? "", scales.GetValueOrDefault(a.ScaleId)?.MaxLevel ?? 0,
            a.Name.Local(), a.Description.Local(), a.Name.ToDto(), a.Description.ToDto(), a.ConcurrencyStamp)).ToList();
    }
}
