using System.Globalization;
using NavLederprogram.Data;
using NavLederprogram.Identity;
using NavLederprogram.Validation;

namespace NavLederprogram.Evaluations;

/// <summary>The pulse after gatherings and meetings is national: only a national admin switches it or picks its set.</summary>
public sealed class PulseSettingsAppService(
    IEvaluationPulseRepository pulses,
    IQuestionSetRepository questionSets,
    CurrentAccessScope scope,
    IUnitOfWork unitOfWork) : IPulseSettingsAppService
{
    /// <summary>The one settings row has a fixed id, so that two first saves at once cannot make two.</summary>
    private static readonly Guid SettingsId = new("6f1d3c1e-4a8b-4c57-9a0e-2b7f5e1d9c01");

    public async Task<PulseSettingsDto> GetAsync(CancellationToken ct)
    {
        await EnsureNationalAsync(ct);
        return await ToDtoAsync(await pulses.FindSettingsAsync(ct), ct);
    }

    public async Task<PulseSettingsDto> SaveAsync(SavePulseSettingsInput input, CancellationToken ct)
    {
        await EnsureNationalAsync(ct);
        var validator = new InputValidator().Require("enabled", input.Enabled);
        QuestionSet? set = null;
        if (input.QuestionSetId is { } setId && (set = await questionSets.FindAsync(setId, ct)) is null || set is { RegionId: not null })
            validator.Add("questionSetId", InputValidator.Unknown);
        validator.ThrowIfInvalid();

        var settings = await pulses.FindSettingsAsync(ct);
        if (settings is null)
        {
            settings = new PulseSettings(SettingsId, true);
            await pulses.InsertSettingsAsync(settings, ct);
        }
        settings.Change(input.Enabled!.Value, set);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(settings, ct);
    }

    private async Task EnsureNationalAsync(CancellationToken ct)
    {
        if (!(await scope.GetAsync(ct)).IsNational) throw new BusinessException(NavLederprogramErrorCodes.OutsideScope);
    }

    private async Task<PulseSettingsDto> ToDtoAsync(PulseSettings? settings, CancellationToken ct)
    {
        var culture = CultureInfo.CurrentUICulture.Name;
        // National sets short enough to be a pulse.
        var sets = (await questionSets.GetListAsync([], ct))
            .Where(s => s.RegionId is null && s.Questions.Count <= EvaluationConsts.PulseQuestions)
            .Select(s => new PulseQuestionSetOptionDto(s.Id, s.Name.Resolve(culture).Text, s.Questions.Count, s.IsPulse))
            .ToList();
        return new PulseSettingsDto(settings?.Enabled ?? true, settings?.QuestionSetId, sets);
    }
}
