package org.eit.rules.gains;

import com.google.inject.AbstractModule;
import org.eit.rules.spi.Extensions;

/** The tables of prices, transport and pipe costs: reach judges by them, gains value with them. */
public final class GainsModule extends AbstractModule {
    @Override
    protected void configure() {
        Extensions.tables(binder()).addBinding().toInstance(PriceTable.TABLE);
        Extensions.tables(binder()).addBinding().toInstance(TransportTable.TABLE);
        Extensions.tables(binder()).addBinding().toInstance(PipeTable.TABLE);
    }
}
