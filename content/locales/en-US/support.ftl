## Support pages: US wording where it differs from en-GB.

family-help-fever = have a temperature of 100.4 °F (38 °C) or more, feel hot and shivery, or have a bad-smelling discharge
helpme-opt-meals = Help with meals or the groceries.
helpme-opt-jobs = Help with chores around the house.
