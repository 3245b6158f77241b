using NavLederprogram.Entities;

namespace NavLederprogram.Development;

/// <summary>One office's result on one indicator for one period. A later value for the same period replaces the earlier one.</summary>
public class IndicatorValue : AuditedAggregateRoot
{
    public Guid IndicatorId { get; private set; }
    public Guid OfficeId { get; private set; }
    /// <summary>The first day of the month or quarter.</summary>
    public DateOnly Period { get; private set; }
    public decimal Value { get; private set; }
    public IndicatorValueSource Source { get; private set; }
    public Guid? EnteredByUserId { get; private set; }

    private IndicatorValue() { }

    /// <param name="value">Checked by <see cref="ResultIndicator.CheckValue"/>: the indicator is the one that knows its kind.</param>
    public IndicatorValue(Guid id, ResultIndicator indicator, Guid officeId, DateOnly period, decimal value, IndicatorValueSource source, Guid? enteredByUserId)
        : base(id)
    {
        IndicatorId = indicator.Id;
        OfficeId = officeId;
        Period = IndicatorPeriod.Start(period, indicator.PeriodKind);
        Set(indicator, value, source, enteredByUserId);
    }

    /// <summary>True when setting <paramref name="value"/> would change what is stored.</summary>
    public bool Differs(decimal value) => Value != value;

    public void Set(ResultIndicator indicator, decimal value, IndicatorValueSource source, Guid? enteredByUserId)
    {
        if (indicator.Id != IndicatorId) throw new ArgumentException("The value belongs to another indicator.", nameof(indicator));
        Value = indicator.CheckValue(value);
        Source = source;
        EnteredByUserId = enteredByUserId;
    }
}
