import type { InstrumentOfferDto } from '../../../../shared/api/instruments.responses';
import { ErrorMessage } from '../../../ui/error-message';
import { LoadingMessage } from '../../../ui/loading-message';
import { SimpleTable } from '../../../ui/simple-table';
import { useInstrumentOffers, useSetInstrumentOffer } from '../api/use-instrument-offers';

/**
 * Imported questionnaires, each offered to people only once an administrator turns it on. Turning
 * one off stops new invitations; those already open can still be answered.
 */
export function InstrumentOffers() {
  const offers = useInstrumentOffers();
  const setOffer = useSetInstrumentOffer();
  return (
    <section aria-labelledby="instrument-offers-heading" className="section">
      <h2 id="instrument-offers-heading">Imported questionnaires</h2>
      <p className="muted">
        An imported questionnaire is offered to people only once you turn it on. Turning it off stops new invitations;
        those already open can still be answered.
      </p>
      {offers.isPending && <LoadingMessage what="the imported questionnaires" />}
      {offers.isError && <ErrorMessage error={offers.error} />}
      {setOffer.isError && <ErrorMessage error={setOffer.error} />}
      {offers.data && (
        <SimpleTable<InstrumentOfferDto>
          caption="Imported questionnaires"
          rows={offers.data.offers}
          rowKey={(offer) => offer.instrumentId}
          emptyText="No questionnaires have been imported."
          columns={[
            { header: 'Questionnaire', cell: (offer) => offer.title },
            { header: 'Version', cell: (offer) => offer.version },
            { header: 'Offered to people', cell: (offer) => (offer.offered ? 'Yes' : 'No') },
            {
              header: 'Change',
              cell: (offer) => (
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={setOffer.isPending}
                  onClick={() =>
                    setOffer.mutate({
                      instrumentId: offer.instrumentId,
                      offered: !offer.offered,
                      revision: offer.revision,
                    })
                  }
                >
                  {offer.offered ? `Stop offering ${offer.title}` : `Offer ${offer.title} to people`}
                </button>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}
