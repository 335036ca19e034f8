package nl.hulproute.demo;

import org.springframework.context.SmartLifecycle;

/**
 * Seeds the demo while the application starts, before anyone can sign in. Spring starts lifecycle beans in order
 * of phase, and the embedded web server opens its port in phase {@code Integer.MAX_VALUE - 2048}; this bean's phase
 * is far below that, so no request ever sees a half-filled demo. (An ApplicationRunner or a ready event would run
 * only after the port is open; an ApplicationPreparedEvent comes before the services it needs exist.)
 */
final class DemoDataLoader implements SmartLifecycle {

    /** Well before the web server; after every bean is created, which is all the seeder needs. */
    static final int PHASE = 0;

    private final DemoSeeder seeder;
    private volatile boolean running;

    DemoDataLoader(DemoSeeder seeder) {
        this.seeder = seeder;
    }

    @Override
    public void start() {
        seeder.seedIfEmpty();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
