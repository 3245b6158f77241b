using System.Globalization;

namespace NavLederprogram.ELearning;

/// <summary>
/// The run-time data a SCO starts a session with: what the LMS owns (learner, entry, credit, mode, total time, launch
/// data, mastery or passing score) and what the SCO stored before (status, score, location, suspend data; in 2004 also
/// interactions, and objectives in both), by element name, in the edition's own formats.
/// </summary>
public static class ScormLaunchData
{
    public static Dictionary<string, string> Of(ScormPackage package, ScormSco sco, ScormAttempt attempt, Guid learnerId, string learnerName)
    {
        // A stored decimal keeps the scale of its column (70.0000000); the SCO gets the number as the manifest wrote it.
        static string Number(decimal? value) => value?.ToString("0.#######", CultureInfo.InvariantCulture) ?? "";
        var cmi = new Dictionary<string, string>(StringComparer.Ordinal);
        void Put(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value)) cmi[name] = value;
        }
        if (package.Version == ScormVersion.Scorm12)
        {
            Put("cmi.core.student_id", learnerId.ToString("N"));
            Put("cmi.core.student_name", learnerName);
            Put("cmi.core.entry", attempt.Entry);
            Put("cmi.core.credit", "credit");
            Put("cmi.core.lesson_mode", "normal");
            Put("cmi.core.lesson_status", attempt.Status);
            Put("cmi.core.lesson_location", attempt.Location);
            Put("cmi.core.total_time", ScormDataModel.FormatTimespan12(attempt.TotalTime));
            Put("cmi.core.score.raw", Number(attempt.ScoreRaw));
            Put("cmi.core.score.min", Number(attempt.ScoreMin));
            Put("cmi.core.score.max", Number(attempt.ScoreMax));
            Put("cmi.student_data.mastery_score", Number(sco.MasteryScore));
        }
        else
        {
            Put("cmi.learner_id", learnerId.ToString("N"));
            Put("cmi.learner_name", learnerName);
            Put("cmi.entry", attempt.Entry);
            Put("cmi.credit", "credit");
            Put("cmi.mode", "normal");
            Put("cmi.completion_status", attempt.Status);
            Put("cmi.success_status", attempt.SuccessStatus);
            Put("cmi.location", attempt.Location);
            Put("cmi.total_time", ScormDataModel.FormatInterval2004(attempt.TotalTime));
            Put("cmi.score.raw", Number(attempt.ScoreRaw));
            Put("cmi.score.min", Number(attempt.ScoreMin));
            Put("cmi.score.max", Number(attempt.ScoreMax));
            Put("cmi.score.scaled", Number(attempt.ScoreScaled));
            Put("cmi.progress_measure", Number(attempt.ProgressMeasure));
            Put("cmi.scaled_passing_score", Number(sco.ScaledPassingScore));
        }
        Put("cmi.launch_data", sco.LaunchData);
        Put("cmi.suspend_data", attempt.SuspendData);
        foreach (var (name, value) in attempt.RuntimeData)
            // SCORM 1.2 interactions are write-only: a SCO never reads them back.
            if (package.Version != ScormVersion.Scorm12 || !name.StartsWith("cmi.interactions.", StringComparison.Ordinal)) Put(name, value);
        return cmi;
    }
}
