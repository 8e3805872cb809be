package space.orbit.worker.orbits;

/**
 * The reference SGP4/SDP4 of Vallado, Crawford, Hujsak and Kelso, "Revisiting Spacetrack
 * Report #3" (AIAA 2006-6753), line for line: {@code sgp4init}, {@code sgp4},
 * {@code initl}, {@code dscom}, {@code dpper}, {@code dsinit}, {@code dspace} and
 * {@code gstime} of the paper's C++ code, in its "improved" operation mode with the
 * WGS-72 constants, as the paper's verification output was produced. Names follow the
 * reference so that the two can be read side by side; {@code %} is C's {@code fmod}, as
 * there.
 *
 * <p>
 * Why not Orekit's SDP4: ADR 0010. Units are the reference's: Earth radii, minutes,
 * radians; {@link #propagate} returns kilometres and kilometres per second in TEME.
 *
 * <p>
 * Not thread-safe: like the reference, the deep-space resonance integrator keeps its last
 * step to continue from it.
 */
final class ValladoSgp4 {

	// WGS-72 (the reference's "wgs72").
	static final double MU = 398600.8;

	static final double RADIUS_EARTH_KM = 6378.135;

	static final double XKE = 60.0 / Math.sqrt(RADIUS_EARTH_KM * RADIUS_EARTH_KM * RADIUS_EARTH_KM / MU);

	static final double TUMIN = 1.0 / XKE;

	static final double J2 = 0.001082616;

	static final double J3 = -0.00000253881;

	static final double J4 = -0.00000165597;

	static final double J3OJ2 = J3 / J2;

	private static final double TWOPI = 2.0 * Math.PI;

	private static final double X2O3 = 2.0 / 3.0;

	private static final double TEMP4 = 1.5e-12;

	/** Velocity unit, km/s per Earth radius per minute. */
	private static final double VKMPERSEC = RADIUS_EARTH_KM * XKE / 60.0;

	/**
	 * Why the reference stops: its error codes and messages.
	 */
	static final class Sgp4Error extends RuntimeException {

		private final int code;

		Sgp4Error(int code, String message) {
			super(message + " (SGP4 error " + code + ")");
			this.code = code;
		}

		int code() {
			return this.code;
		}

	}

	// Elements at epoch (after initl / the deep-space initialisation).
	private final double bstar;

	private double ecco;

	private double argpo;

	private double inclo;

	private double mo;

	private double nodeo;

	private final double noUnkozai;

	private final boolean deepSpace;

	private final boolean isimp;

	// Near-Earth coefficients.
	private double aycof;

	private double con41;

	private double cc1;

	private double cc4;

	private double cc5;

	private double d2;

	private double d3;

	private double d4;

	private double delmo;

	private double eta;

	private double argpdot;

	private double omgcof;

	private double sinmao;

	private double t2cof;

	private double t3cof;

	private double t4cof;

	private double t5cof;

	private double x1mth2;

	private double x7thm1;

	private double mdot;

	private double nodedot;

	private double xlcof;

	private double xmcof;

	private double nodecf;

	// Deep-space coefficients.
	private int irez;

	private double d2201;

	private double d2211;

	private double d3210;

	private double d3222;

	private double d4410;

	private double d4422;

	private double d5220;

	private double d5232;

	private double d5421;

	private double d5433;

	private double dedt;

	private double del1;

	private double del2;

	private double del3;

	private double didt;

	private double dmdt;

	private double dnodt;

	private double domdt;

	private double gsto;

	private double xfact;

	private double xlamo;

	/** The lunar-solar coefficients (deep space only; null otherwise). */
	private Dscom dscom;

	// The resonance integrator's state (carried between calls, as in the reference).
	private double atime;

	private double xli;

	private double xni;

	/**
	 * The reference's {@code sgp4init}.
	 * @param epoch days since 1949 December 31 00:00 UT (the reference's "0 Jan 1950")
	 * @param xbstar drag term, 1/Earth radii
	 * @param xecco eccentricity
	 * @param xargpo argument of perigee, rad
	 * @param xinclo inclination, rad
	 * @param xmo mean anomaly, rad
	 * @param xnoKozai mean motion (Kozai), rad/min
	 * @param xnodeo right ascension of the ascending node, rad
	 */
	ValladoSgp4(double epoch, double xbstar, double xecco, double xargpo, double xinclo, double xmo, double xnoKozai,
			double xnodeo) {
		this.bstar = xbstar;
		this.ecco = xecco;
		this.argpo = xargpo;
		this.inclo = xinclo;
		this.mo = xmo;
		this.nodeo = xnodeo;

		double ss = 78.0 / RADIUS_EARTH_KM + 1.0;
		double qzms2ttemp = (120.0 - 78.0) / RADIUS_EARTH_KM;
		double qzms2t = qzms2ttemp * qzms2ttemp * qzms2ttemp * qzms2ttemp;

		// ------------------------------ initl ------------------------------
		double eccsq = this.ecco * this.ecco;
		double omeosq = 1.0 - eccsq;
		double rteosq = Math.sqrt(omeosq);
		double cosio = Math.cos(this.inclo);
		double cosio2 = cosio * cosio;
		double ak = Math.pow(XKE / xnoKozai, X2O3);
		double d1 = 0.75 * J2 * (3.0 * cosio2 - 1.0) / (rteosq * omeosq);
		double delPrime = d1 / (ak * ak);
		double adel = ak * (1.0 - delPrime * delPrime - delPrime * (1.0 / 3.0 + 134.0 * delPrime * delPrime / 81.0));
		delPrime = d1 / (adel * adel);
		double no = xnoKozai / (1.0 + delPrime);
		double ao = Math.pow(XKE / no, X2O3);
		double sinio = Math.sin(this.inclo);
		double po = ao * omeosq;
		double con42 = 1.0 - 5.0 * cosio2;
		this.con41 = -con42 - cosio2 - cosio2;
		double posq = po * po;
		double rp = ao * (1.0 - this.ecco);
		this.gsto = gstime(epoch + 2433281.5);
		this.noUnkozai = no;
		// --------------------------- end of initl ---------------------------

		boolean simple = false;
		boolean deep = false;
		if (omeosq >= 0.0 || this.noUnkozai >= 0.0) {
			simple = rp < (220.0 / RADIUS_EARTH_KM + 1.0);
			double sfour = ss;
			double qzms24 = qzms2t;
			double perige = (rp - 1.0) * RADIUS_EARTH_KM;
			if (perige < 156.0) {
				sfour = perige - 78.0;
				if (perige < 98.0) {
					sfour = 20.0;
				}
				double qzms24temp = (120.0 - sfour) / RADIUS_EARTH_KM;
				qzms24 = qzms24temp * qzms24temp * qzms24temp * qzms24temp;
				sfour = sfour / RADIUS_EARTH_KM + 1.0;
			}
			double pinvsq = 1.0 / posq;
			double tsi = 1.0 / (ao - sfour);
			this.eta = ao * this.ecco * tsi;
			double etasq = this.eta * this.eta;
			double eeta = this.ecco * this.eta;
			double psisq = Math.abs(1.0 - etasq);
			double coef = qzms24 * Math.pow(tsi, 4.0);
			double coef1 = coef / Math.pow(psisq, 3.5);
			double cc2 = coef1 * this.noUnkozai * (ao * (1.0 + 1.5 * etasq + eeta * (4.0 + etasq))
					+ 0.375 * J2 * tsi / psisq * this.con41 * (8.0 + 3.0 * etasq * (8.0 + etasq)));
			this.cc1 = this.bstar * cc2;
			double cc3 = 0.0;
			if (this.ecco > 1.0e-4) {
				cc3 = -2.0 * coef * tsi * J3OJ2 * this.noUnkozai * sinio / this.ecco;
			}
			this.x1mth2 = 1.0 - cosio2;
			this.cc4 = 2.0 * this.noUnkozai * coef1 * ao * omeosq * (this.eta * (2.0 + 0.5 * etasq)
					+ this.ecco * (0.5 + 2.0 * etasq)
					- J2 * tsi / (ao * psisq) * (-3.0 * this.con41 * (1.0 - 2.0 * eeta + etasq * (1.5 - 0.5 * eeta))
							+ 0.75 * this.x1mth2 * (2.0 * etasq - eeta * (1.0 + etasq)) * Math.cos(2.0 * this.argpo)));
			this.cc5 = 2.0 * coef1 * ao * omeosq * (1.0 + 2.75 * (etasq + eeta) + eeta * etasq);
			double cosio4 = cosio2 * cosio2;
			double temp1 = 1.5 * J2 * pinvsq * this.noUnkozai;
			double temp2 = 0.5 * temp1 * J2 * pinvsq;
			double temp3 = -0.46875 * J4 * pinvsq * pinvsq * this.noUnkozai;
			this.mdot = this.noUnkozai + 0.5 * temp1 * rteosq * this.con41
					+ 0.0625 * temp2 * rteosq * (13.0 - 78.0 * cosio2 + 137.0 * cosio4);
			this.argpdot = -0.5 * temp1 * con42 + 0.0625 * temp2 * (7.0 - 114.0 * cosio2 + 395.0 * cosio4)
					+ temp3 * (3.0 - 36.0 * cosio2 + 49.0 * cosio4);
			double xhdot1 = -temp1 * cosio;
			this.nodedot = xhdot1 + (0.5 * temp2 * (4.0 - 19.0 * cosio2) + 2.0 * temp3 * (3.0 - 7.0 * cosio2)) * cosio;
			double xpidot = this.argpdot + this.nodedot;
			this.omgcof = this.bstar * cc3 * Math.cos(this.argpo);
			this.xmcof = 0.0;
			if (this.ecco > 1.0e-4) {
				this.xmcof = -X2O3 * coef * this.bstar / eeta;
			}
			this.nodecf = 3.5 * omeosq * xhdot1 * this.cc1;
			this.t2cof = 1.5 * this.cc1;
			if (Math.abs(cosio + 1.0) > 1.5e-12) {
				this.xlcof = -0.25 * J3OJ2 * sinio * (3.0 + 5.0 * cosio) / (1.0 + cosio);
			}
			else {
				this.xlcof = -0.25 * J3OJ2 * sinio * (3.0 + 5.0 * cosio) / TEMP4;
			}
			this.aycof = -0.5 * J3OJ2 * sinio;
			double delmotemp = 1.0 + this.eta * Math.cos(this.mo);
			this.delmo = delmotemp * delmotemp * delmotemp;
			this.sinmao = Math.sin(this.mo);
			this.x7thm1 = 7.0 * cosio2 - 1.0;

			// Deep space: a period of 225 minutes or more.
			if (TWOPI / this.noUnkozai >= 225.0) {
				deep = true;
				simple = true;
				deepSpaceInit(epoch, eccsq, xpidot);
			}

			if (!simple) {
				double cc1sq = this.cc1 * this.cc1;
				this.d2 = 4.0 * ao * tsi * cc1sq;
				double temp = this.d2 * tsi * this.cc1 / 3.0;
				this.d3 = (17.0 * ao + sfour) * temp;
				this.d4 = 0.5 * temp * ao * tsi * (221.0 * ao + 31.0 * sfour) * this.cc1;
				this.t3cof = this.d2 + 2.0 * cc1sq;
				this.t4cof = 0.25 * (3.0 * this.d3 + this.cc1 * (12.0 * this.d2 + 10.0 * cc1sq));
				this.t5cof = 0.2 * (3.0 * this.d4 + 12.0 * this.cc1 * this.d3 + 6.0 * this.d2 * this.d2
						+ 15.0 * cc1sq * (2.0 * this.d2 + cc1sq));
			}
		}
		this.deepSpace = deep;
		this.isimp = simple;
	}

	/** The deep-space part of {@code sgp4init}: {@code dscom}, then {@code dsinit}. */
	private void deepSpaceInit(double epoch, double eccsq, double xpidot) {
		Dscom s = new Dscom(epoch, this.ecco, this.argpo, 0.0, this.inclo, this.nodeo, this.noUnkozai);
		this.dscom = s;
		// dpper with init = 'y' leaves the elements as they are: no call.
		dsinit(s, eccsq, xpidot);
	}

	/**
	 * The reference's {@code dsinit} at t = 0, tc = 0: the deep-space secular rates and
	 * the resonance terms.
	 */
	private void dsinit(Dscom s, double eccsq, double xpidot) {
		final double q22 = 1.7891679e-6;
		final double q31 = 2.1460748e-6;
		final double q33 = 2.2123015e-7;
		final double root22 = 1.7891679e-6;
		final double root44 = 7.3636953e-9;
		final double root54 = 2.1765803e-9;
		final double rptim = 4.37526908801129966e-3;
		final double root32 = 3.7393792e-7;
		final double root52 = 1.1428639e-7;
		final double znl = 1.5835218e-4;
		final double zns = 1.19459e-5;

		double cosim = s.cosim;
		double sinim = s.sinim;
		double emsq = s.emsq;
		double em = s.em;
		double nm = s.nm;
		double inclm = this.inclo;

		this.irez = 0;
		if (nm < 0.0052359877 && nm > 0.0034906585) {
			this.irez = 1;
		}
		if (nm >= 8.26e-3 && nm <= 9.24e-3 && em >= 0.5) {
			this.irez = 2;
		}

		double ses = s.ss1 * zns * s.ss5;
		double sis = s.ss2 * zns * (s.sz11 + s.sz13);
		double sls = -zns * s.ss3 * (s.sz1 + s.sz3 - 14.0 - 6.0 * emsq);
		double sghs = s.ss4 * zns * (s.sz31 + s.sz33 - 6.0);
		double shs = -zns * s.ss2 * (s.sz21 + s.sz23);
		if (inclm < 5.2359877e-2 || inclm > Math.PI - 5.2359877e-2) {
			shs = 0.0;
		}
		if (sinim != 0.0) {
			shs = shs / sinim;
		}
		double sgs = sghs - cosim * shs;

		this.dedt = ses + s.s1 * znl * s.s5;
		this.didt = sis + s.s2 * znl * (s.z11 + s.z13);
		this.dmdt = sls - znl * s.s3 * (s.z1 + s.z3 - 14.0 - 6.0 * emsq);
		double sghl = s.s4 * znl * (s.z31 + s.z33 - 6.0);
		double shll = -znl * s.s2 * (s.z21 + s.z23);
		if (inclm < 5.2359877e-2 || inclm > Math.PI - 5.2359877e-2) {
			shll = 0.0;
		}
		this.domdt = sgs + sghl;
		this.dnodt = shs;
		if (sinim != 0.0) {
			this.domdt = this.domdt - cosim / sinim * shll;
			this.dnodt = this.dnodt + shll / sinim;
		}

		// At t = 0 the secular updates of em, inclm, argpm, nodem and mm add nothing.
		double theta = this.gsto % TWOPI;

		if (this.irez != 0) {
			double aonv = Math.pow(nm / XKE, X2O3);

			// Geopotential resonance for 12-hour orbits.
			if (this.irez == 2) {
				double cosisq = cosim * cosim;
				em = this.ecco;
				emsq = eccsq;
				double eoc = em * emsq;
				double g201 = -0.306 - (em - 0.64) * 0.440;
				double g211;
				double g310;
				double g322;
				double g410;
				double g422;
				double g520;
				double g521;
				double g532;
				double g533;
				if (em <= 0.65) {
					g211 = 3.616 - 13.2470 * em + 16.2900 * emsq;
					g310 = -19.302 + 117.3900 * em - 228.4190 * emsq + 156.5910 * eoc;
					g322 = -18.9068 + 109.7927 * em - 214.6334 * emsq + 146.5816 * eoc;
					g410 = -41.122 + 242.6940 * em - 471.0940 * emsq + 313.9530 * eoc;
					g422 = -146.407 + 841.8800 * em - 1629.014 * emsq + 1083.4350 * eoc;
					g520 = -532.114 + 3017.977 * em - 5740.032 * emsq + 3708.2760 * eoc;
				}
				else {
					g211 = -72.099 + 331.819 * em - 508.738 * emsq + 266.724 * eoc;
					g310 = -346.844 + 1582.851 * em - 2415.925 * emsq + 1246.113 * eoc;
					g322 = -342.585 + 1554.908 * em - 2366.899 * emsq + 1215.972 * eoc;
					g410 = -1052.797 + 4758.686 * em - 7193.992 * emsq + 3651.957 * eoc;
					g422 = -3581.690 + 16178.110 * em - 24462.770 * emsq + 12422.520 * eoc;
					if (em > 0.715) {
						g520 = -5149.66 + 29936.92 * em - 54087.36 * emsq + 31324.56 * eoc;
					}
					else {
						g520 = 1464.74 - 4664.75 * em + 3763.64 * emsq;
					}
				}
				if (em < 0.7) {
					g533 = -919.22770 + 4988.6100 * em - 9064.7700 * emsq + 5542.21 * eoc;
					g521 = -822.71072 + 4568.6173 * em - 8491.4146 * emsq + 5337.524 * eoc;
					g532 = -853.66600 + 4690.2500 * em - 8624.7700 * emsq + 5341.4 * eoc;
				}
				else {
					g533 = -37995.780 + 161616.52 * em - 229838.20 * emsq + 109377.94 * eoc;
					g521 = -51752.104 + 218913.95 * em - 309468.16 * emsq + 146349.42 * eoc;
					g532 = -40023.880 + 170470.89 * em - 242699.48 * emsq + 115605.82 * eoc;
				}

				double sini2 = sinim * sinim;
				double f220 = 0.75 * (1.0 + 2.0 * cosim + cosisq);
				double f221 = 1.5 * sini2;
				double f321 = 1.875 * sinim * (1.0 - 2.0 * cosim - 3.0 * cosisq);
				double f322 = -1.875 * sinim * (1.0 + 2.0 * cosim - 3.0 * cosisq);
				double f441 = 35.0 * sini2 * f220;
				double f442 = 39.3750 * sini2 * sini2;
				double f522 = 9.84375 * sinim * (sini2 * (1.0 - 2.0 * cosim - 5.0 * cosisq)
						+ 0.33333333 * (-2.0 + 4.0 * cosim + 6.0 * cosisq));
				double f523 = sinim * (4.92187512 * sini2 * (-2.0 - 4.0 * cosim + 10.0 * cosisq)
						+ 6.56250012 * (1.0 + 2.0 * cosim - 3.0 * cosisq));
				double f542 = 29.53125 * sinim * (2.0 - 8.0 * cosim + cosisq * (-12.0 + 8.0 * cosim + 10.0 * cosisq));
				double f543 = 29.53125 * sinim * (-2.0 - 8.0 * cosim + cosisq * (12.0 + 8.0 * cosim - 10.0 * cosisq));
				double xno2 = nm * nm;
				double ainv2 = aonv * aonv;
				double temp1 = 3.0 * xno2 * ainv2;
				double temp = temp1 * root22;
				this.d2201 = temp * f220 * g201;
				this.d2211 = temp * f221 * g211;
				temp1 = temp1 * aonv;
				temp = temp1 * root32;
				this.d3210 = temp * f321 * g310;
				this.d3222 = temp * f322 * g322;
				temp1 = temp1 * aonv;
				temp = 2.0 * temp1 * root44;
				this.d4410 = temp * f441 * g410;
				this.d4422 = temp * f442 * g422;
				temp1 = temp1 * aonv;
				temp = temp1 * root52;
				this.d5220 = temp * f522 * g520;
				this.d5232 = temp * f523 * g532;
				temp = 2.0 * temp1 * root54;
				this.d5421 = temp * f542 * g521;
				this.d5433 = temp * f543 * g533;
				this.xlamo = (this.mo + this.nodeo + this.nodeo - theta - theta) % TWOPI;
				this.xfact = this.mdot + this.dmdt + 2.0 * (this.nodedot + this.dnodt - rptim) - this.noUnkozai;
			}

			// Synchronous resonance terms.
			if (this.irez == 1) {
				double g200 = 1.0 + emsq * (-2.5 + 0.8125 * emsq);
				double g310 = 1.0 + 2.0 * emsq;
				double g300 = 1.0 + emsq * (-6.0 + 6.60937 * emsq);
				double f220 = 0.75 * (1.0 + cosim) * (1.0 + cosim);
				double f311 = 0.9375 * sinim * sinim * (1.0 + 3.0 * cosim) - 0.75 * (1.0 + cosim);
				double f330 = 1.0 + cosim;
				f330 = 1.875 * f330 * f330 * f330;
				this.del1 = 3.0 * nm * nm * aonv * aonv;
				this.del2 = 2.0 * this.del1 * f220 * g200 * q22;
				this.del3 = 3.0 * this.del1 * f330 * g300 * q33 * aonv;
				this.del1 = this.del1 * f311 * g310 * q31 * aonv;
				this.xlamo = (this.mo + this.nodeo + this.argpo - theta) % TWOPI;
				this.xfact = this.mdot + xpidot - rptim + this.dmdt + this.domdt + this.dnodt - this.noUnkozai;
			}

			// Initialise the integrator.
			this.xli = this.xlamo;
			this.xni = this.noUnkozai;
			this.atime = 0.0;
		}
	}

	/**
	 * The reference's {@code sgp4}: the TEME state {@code tsince} minutes from epoch.
	 * @return x, y, z (km), vx, vy, vz (km/s)
	 * @throws Sgp4Error where the reference reports an error
	 */
	double[] propagate(double tsince) {
		double t = tsince;

		// Secular gravity and atmospheric drag.
		double xmdf = this.mo + this.mdot * t;
		double argpdf = this.argpo + this.argpdot * t;
		double nodedf = this.nodeo + this.nodedot * t;
		double argpm = argpdf;
		double mm = xmdf;
		double t2 = t * t;
		double nodem = nodedf + this.nodecf * t2;
		double tempa = 1.0 - this.cc1 * t;
		double tempe = this.bstar * this.cc4 * t;
		double templ = this.t2cof * t2;

		if (!this.isimp) {
			double delomg = this.omgcof * t;
			double delmtemp = 1.0 + this.eta * Math.cos(xmdf);
			double delm = this.xmcof * (delmtemp * delmtemp * delmtemp - this.delmo);
			double temp = delomg + delm;
			mm = xmdf + temp;
			argpm = argpdf - temp;
			double t3 = t2 * t;
			double t4 = t3 * t;
			tempa = tempa - this.d2 * t2 - this.d3 * t3 - this.d4 * t4;
			tempe = tempe + this.bstar * this.cc5 * (Math.sin(mm) - this.sinmao);
			templ = templ + this.t3cof * t3 + t4 * (this.t4cof + t * this.t5cof);
		}

		double nm = this.noUnkozai;
		double em = this.ecco;
		double inclm = this.inclo;
		if (this.deepSpace) {
			// dspace
			final double fasx2 = 0.13130908;
			final double fasx4 = 2.8843198;
			final double fasx6 = 0.37448087;
			final double g22 = 5.7686396;
			final double g32 = 0.95240898;
			final double g44 = 1.8014998;
			final double g52 = 1.0508330;
			final double g54 = 4.4108898;
			final double rptim = 4.37526908801129966e-3;
			final double stepp = 720.0;
			final double stepn = -720.0;
			final double step2 = 259200.0;

			double tc = t;
			double dndt;
			double theta = (this.gsto + tc * rptim) % TWOPI;
			em = em + this.dedt * t;
			inclm = inclm + this.didt * t;
			argpm = argpm + this.domdt * t;
			nodem = nodem + this.dnodt * t;
			mm = mm + this.dmdt * t;

			if (this.irez != 0) {
				// Restart from epoch when going the other way or backwards in time.
				if (this.atime == 0.0 || t * this.atime <= 0.0 || Math.abs(t) < Math.abs(this.atime)) {
					this.atime = 0.0;
					this.xni = this.noUnkozai;
					this.xli = this.xlamo;
				}
				double delt = (t > 0.0) ? stepp : stepn;
				double ft;
				double xndt;
				double xldot;
				double xnddt;
				while (true) {
					if (this.irez != 2) {
						// Near-synchronous resonance terms.
						xndt = this.del1 * Math.sin(this.xli - fasx2) + this.del2 * Math.sin(2.0 * (this.xli - fasx4))
								+ this.del3 * Math.sin(3.0 * (this.xli - fasx6));
						xldot = this.xni + this.xfact;
						xnddt = this.del1 * Math.cos(this.xli - fasx2)
								+ 2.0 * this.del2 * Math.cos(2.0 * (this.xli - fasx4))
								+ 3.0 * this.del3 * Math.cos(3.0 * (this.xli - fasx6));
						xnddt = xnddt * xldot;
					}
					else {
						// Near-half-day resonance terms.
						double xomi = this.argpo + this.argpdot * this.atime;
						double x2omi = xomi + xomi;
						double x2li = this.xli + this.xli;
						xndt = this.d2201 * Math.sin(x2omi + this.xli - g22) + this.d2211 * Math.sin(this.xli - g22)
								+ this.d3210 * Math.sin(xomi + this.xli - g32)
								+ this.d3222 * Math.sin(-xomi + this.xli - g32)
								+ this.d4410 * Math.sin(x2omi + x2li - g44) + this.d4422 * Math.sin(x2li - g44)
								+ this.d5220 * Math.sin(xomi + this.xli - g52)
								+ this.d5232 * Math.sin(-xomi + this.xli - g52)
								+ this.d5421 * Math.sin(xomi + x2li - g54) + this.d5433 * Math.sin(-xomi + x2li - g54);
						xldot = this.xni + this.xfact;
						xnddt = this.d2201 * Math.cos(x2omi + this.xli - g22) + this.d2211 * Math.cos(this.xli - g22)
								+ this.d3210 * Math.cos(xomi + this.xli - g32)
								+ this.d3222 * Math.cos(-xomi + this.xli - g32)
								+ this.d5220 * Math.cos(xomi + this.xli - g52)
								+ this.d5232 * Math.cos(-xomi + this.xli - g52)
								+ 2.0 * (this.d4410 * Math.cos(x2omi + x2li - g44) + this.d4422 * Math.cos(x2li - g44)
										+ this.d5421 * Math.cos(xomi + x2li - g54)
										+ this.d5433 * Math.cos(-xomi + x2li - g54));
						xnddt = xnddt * xldot;
					}
					if (Math.abs(t - this.atime) >= stepp) {
						this.xli = this.xli + xldot * delt + xndt * step2;
						this.xni = this.xni + xndt * delt + xnddt * step2;
						this.atime = this.atime + delt;
					}
					else {
						ft = t - this.atime;
						break;
					}
				}
				nm = this.xni + xndt * ft + xnddt * ft * ft * 0.5;
				double xl = this.xli + xldot * ft + xndt * ft * ft * 0.5;
				if (this.irez != 1) {
					mm = xl - 2.0 * nodem + 2.0 * theta;
					dndt = nm - this.noUnkozai;
				}
				else {
					mm = xl - nodem - argpm + theta;
					dndt = nm - this.noUnkozai;
				}
				nm = this.noUnkozai + dndt;
			}
		}

		if (nm <= 0.0) {
			throw new Sgp4Error(2, "the mean motion " + nm + " is not positive");
		}
		double am = Math.pow(XKE / nm, X2O3) * tempa * tempa;
		nm = XKE / Math.pow(am, 1.5);
		em = em - tempe;

		if (em >= 1.0 || em < -0.001) {
			throw new Sgp4Error(1, "the mean eccentricity " + em + " is outside 0 <= e < 1");
		}
		if (em < 1.0e-6) {
			em = 1.0e-6;
		}
		mm = mm + this.noUnkozai * templ;
		double xlm = mm + argpm + nodem;
		nodem = nodem % TWOPI;
		argpm = argpm % TWOPI;
		xlm = xlm % TWOPI;
		mm = (xlm - argpm - nodem) % TWOPI;

		// Lunar-solar periodics.
		double ep = em;
		double xincp = inclm;
		double argpp = argpm;
		double nodep = nodem;
		double mp = mm;
		double sinip = Math.sin(inclm);
		double cosip = Math.cos(inclm);
		double aycofNow = this.aycof;
		double xlcofNow = this.xlcof;
		double con41Now = this.con41;
		double x1mth2Now = this.x1mth2;
		double x7thm1Now = this.x7thm1;
		if (this.deepSpace) {
			double[] p = dpper(t, ep, xincp, nodep, argpp, mp);
			ep = p[0];
			xincp = p[1];
			nodep = p[2];
			argpp = p[3];
			mp = p[4];
			if (xincp < 0.0) {
				xincp = -xincp;
				nodep = nodep + Math.PI;
				argpp = argpp - Math.PI;
			}
			if (ep < 0.0 || ep > 1.0) {
				throw new Sgp4Error(3, "the perturbed eccentricity " + ep + " is outside 0 <= e <= 1");
			}
			sinip = Math.sin(xincp);
			cosip = Math.cos(xincp);
			aycofNow = -0.5 * J3OJ2 * sinip;
			if (Math.abs(cosip + 1.0) > 1.5e-12) {
				xlcofNow = -0.25 * J3OJ2 * sinip * (3.0 + 5.0 * cosip) / (1.0 + cosip);
			}
			else {
				xlcofNow = -0.25 * J3OJ2 * sinip * (3.0 + 5.0 * cosip) / TEMP4;
			}
		}

		// Long-period periodics.
		double axnl = ep * Math.cos(argpp);
		double temp = 1.0 / (am * (1.0 - ep * ep));
		double aynl = ep * Math.sin(argpp) + temp * aycofNow;
		double xl = mp + argpp + nodep + temp * xlcofNow * axnl;

		// Kepler's equation.
		double u = (xl - nodep) % TWOPI;
		double eo1 = u;
		double tem5 = 9999.9;
		int ktr = 1;
		double sineo1 = 0;
		double coseo1 = 0;
		while (Math.abs(tem5) >= 1.0e-12 && ktr <= 10) {
			sineo1 = Math.sin(eo1);
			coseo1 = Math.cos(eo1);
			tem5 = 1.0 - coseo1 * axnl - sineo1 * aynl;
			tem5 = (u - aynl * coseo1 + axnl * sineo1 - eo1) / tem5;
			if (Math.abs(tem5) >= 0.95) {
				tem5 = (tem5 > 0.0) ? 0.95 : -0.95;
			}
			eo1 = eo1 + tem5;
			ktr = ktr + 1;
		}

		// Short-period preliminary quantities.
		double ecose = axnl * coseo1 + aynl * sineo1;
		double esine = axnl * sineo1 - aynl * coseo1;
		double el2 = axnl * axnl + aynl * aynl;
		double pl = am * (1.0 - el2);
		if (pl < 0.0) {
			throw new Sgp4Error(4, "the semi-latus rectum " + pl + " is negative");
		}
		double rl = am * (1.0 - ecose);
		double rdotl = Math.sqrt(am) * esine / rl;
		double rvdotl = Math.sqrt(pl) / rl;
		double betal = Math.sqrt(1.0 - el2);
		temp = esine / (1.0 + betal);
		double sinu = am / rl * (sineo1 - aynl - axnl * temp);
		double cosu = am / rl * (coseo1 - axnl + aynl * temp);
		double su = Math.atan2(sinu, cosu);
		double sin2u = (cosu + cosu) * sinu;
		double cos2u = 1.0 - 2.0 * sinu * sinu;
		temp = 1.0 / pl;
		double temp1 = 0.5 * J2 * temp;
		double temp2 = temp1 * temp;

		// Short-period periodics.
		if (this.deepSpace) {
			double cosisq = cosip * cosip;
			con41Now = 3.0 * cosisq - 1.0;
			x1mth2Now = 1.0 - cosisq;
			x7thm1Now = 7.0 * cosisq - 1.0;
		}
		double mrt = rl * (1.0 - 1.5 * temp2 * betal * con41Now) + 0.5 * temp1 * x1mth2Now * cos2u;
		su = su - 0.25 * temp2 * x7thm1Now * sin2u;
		double xnode = nodep + 1.5 * temp2 * cosip * sin2u;
		double xinc = xincp + 1.5 * temp2 * cosip * sinip * cos2u;
		double mvt = rdotl - nm * temp1 * x1mth2Now * sin2u / XKE;
		double rvdot = rvdotl + nm * temp1 * (x1mth2Now * cos2u + 1.5 * con41Now) / XKE;

		// Orientation vectors.
		double sinsu = Math.sin(su);
		double cossu = Math.cos(su);
		double snod = Math.sin(xnode);
		double cnod = Math.cos(xnode);
		double sini = Math.sin(xinc);
		double cosi = Math.cos(xinc);
		double xmx = -snod * cosi;
		double xmy = cnod * cosi;
		double ux = xmx * sinsu + cnod * cossu;
		double uy = xmy * sinsu + snod * cossu;
		double uz = sini * sinsu;
		double vx = xmx * cossu - cnod * sinsu;
		double vy = xmy * cossu - snod * sinsu;
		double vz = sini * cossu;

		if (mrt < 1.0) {
			throw new Sgp4Error(6, "the satellite has decayed (radius " + mrt * RADIUS_EARTH_KM + " km)");
		}
		double mr = mrt * RADIUS_EARTH_KM;
		return new double[] { mr * ux, mr * uy, mr * uz, (mvt * ux + rvdot * vx) * VKMPERSEC,
				(mvt * uy + rvdot * vy) * VKMPERSEC, (mvt * uz + rvdot * vz) * VKMPERSEC };
	}

	/**
	 * The reference's {@code dpper} after initialisation: lunar-solar periodics.
	 * @return ep, inclp, nodep, argpp, mp
	 */
	private double[] dpper(double t, double ep, double inclp, double nodep, double argpp, double mp) {
		final double zns = 1.19459e-5;
		final double zes = 0.01675;
		final double znl = 1.5835218e-4;
		final double zel = 0.05490;
		Dscom s = this.dscom;

		// Solar terms.
		double zm = s.zmos + zns * t;
		double zf = zm + 2.0 * zes * Math.sin(zm);
		double sinzf = Math.sin(zf);
		double f2 = 0.5 * sinzf * sinzf - 0.25;
		double f3 = -0.5 * sinzf * Math.cos(zf);
		double ses = s.se2 * f2 + s.se3 * f3;
		double sis = s.si2 * f2 + s.si3 * f3;
		double sls = s.sl2 * f2 + s.sl3 * f3 + s.sl4 * sinzf;
		double sghs = s.sgh2 * f2 + s.sgh3 * f3 + s.sgh4 * sinzf;
		double shs = s.sh2 * f2 + s.sh3 * f3;

		// Lunar terms.
		zm = s.zmol + znl * t;
		zf = zm + 2.0 * zel * Math.sin(zm);
		sinzf = Math.sin(zf);
		f2 = 0.5 * sinzf * sinzf - 0.25;
		f3 = -0.5 * sinzf * Math.cos(zf);
		double sel = s.ee2 * f2 + s.e3 * f3;
		double sil = s.xi2 * f2 + s.xi3 * f3;
		double sll = s.xl2 * f2 + s.xl3 * f3 + s.xl4 * sinzf;
		double sghl = s.xgh2 * f2 + s.xgh3 * f3 + s.xgh4 * sinzf;
		double shll = s.xh2 * f2 + s.xh3 * f3;

		double pe = ses + sel - s.peo;
		double pinc = sis + sil - s.pinco;
		double pl = sls + sll - s.plo;
		double pgh = sghs + sghl - s.pgho;
		double ph = shs + shll - s.pho;

		inclp = inclp + pinc;
		ep = ep + pe;
		double sinip = Math.sin(inclp);
		double cosip = Math.cos(inclp);

		if (inclp >= 0.2) {
			// Apply periodics directly.
			ph = ph / sinip;
			pgh = pgh - cosip * ph;
			argpp = argpp + pgh;
			nodep = nodep + ph;
			mp = mp + pl;
		}
		else {
			// Apply periodics with the Lyddane modification.
			double sinop = Math.sin(nodep);
			double cosop = Math.cos(nodep);
			double alfdp = sinip * sinop;
			double betdp = sinip * cosop;
			double dalf = ph * cosop + pinc * cosip * sinop;
			double dbet = -ph * sinop + pinc * cosip * cosop;
			alfdp = alfdp + dalf;
			betdp = betdp + dbet;
			nodep = nodep % TWOPI;
			double xls = mp + argpp + pl + pgh + (cosip - pinc * sinip) * nodep;
			double xnoh = nodep;
			nodep = Math.atan2(alfdp, betdp);
			if (Math.abs(xnoh - nodep) > Math.PI) {
				if (nodep < xnoh) {
					nodep = nodep + TWOPI;
				}
				else {
					nodep = nodep - TWOPI;
				}
			}
			mp = mp + pl;
			argpp = xls - mp - cosip * nodep;
		}
		return new double[] { ep, inclp, nodep, argpp, mp };
	}

	/** Greenwich mean sidereal time (IAU 1982), rad, of a UT1 Julian date. */
	static double gstime(double jdut1) {
		double tut1 = (jdut1 - 2451545.0) / 36525.0;
		double temp = -6.2e-6 * tut1 * tut1 * tut1 + 0.093104 * tut1 * tut1 + (876600.0 * 3600 + 8640184.812866) * tut1
				+ 67310.54841;
		temp = (temp * (Math.PI / 180.0) / 240.0) % TWOPI;
		if (temp < 0.0) {
			temp += TWOPI;
		}
		return temp;
	}

	/** The reference's {@code dscom} at tc = 0: the lunar-solar coefficients. */
	private static final class Dscom {

		double sinim;

		double cosim;

		double em;

		double emsq;

		double nm;

		double e3;

		double ee2;

		double peo;

		double pgho;

		double pho;

		double pinco;

		double plo;

		double se2;

		double se3;

		double sgh2;

		double sgh3;

		double sgh4;

		double sh2;

		double sh3;

		double si2;

		double si3;

		double sl2;

		double sl3;

		double sl4;

		double s1;

		double s2;

		double s3;

		double s4;

		double s5;

		double ss1;

		double ss2;

		double ss3;

		double ss4;

		double ss5;

		double sz1;

		double sz3;

		double sz11;

		double sz13;

		double sz21;

		double sz23;

		double sz31;

		double sz33;

		double xgh2;

		double xgh3;

		double xgh4;

		double xh2;

		double xh3;

		double xi2;

		double xi3;

		double xl2;

		double xl3;

		double xl4;

		double z1;

		double z3;

		double z11;

		double z13;

		double z21;

		double z23;

		double z31;

		double z33;

		double zmol;

		double zmos;

		Dscom(double epoch, double ep, double argpp, double tc, double inclp, double nodep, double np) {
			final double zes = 0.01675;
			final double zel = 0.05490;
			final double c1ss = 2.9864797e-6;
			final double c1l = 4.7968065e-7;
			final double zsinis = 0.39785416;
			final double zcosis = 0.91744867;
			final double zcosgs = 0.1945905;
			final double zsings = -0.98088458;

			this.nm = np;
			this.em = ep;
			double snodm = Math.sin(nodep);
			double cnodm = Math.cos(nodep);
			double sinomm = Math.sin(argpp);
			double cosomm = Math.cos(argpp);
			this.sinim = Math.sin(inclp);
			this.cosim = Math.cos(inclp);
			this.emsq = this.em * this.em;
			double betasq = 1.0 - this.emsq;
			double rtemsq = Math.sqrt(betasq);

			// Initialise the lunar-solar terms.
			this.peo = 0.0;
			this.pinco = 0.0;
			this.plo = 0.0;
			this.pgho = 0.0;
			this.pho = 0.0;
			double day = epoch + 18261.5 + tc / 1440.0;
			double xnodce = (4.5236020 - 9.2422029e-4 * day) % TWOPI;
			double stem = Math.sin(xnodce);
			double ctem = Math.cos(xnodce);
			double zcosil = 0.91375164 - 0.03568096 * ctem;
			double zsinil = Math.sqrt(1.0 - zcosil * zcosil);
			double zsinhl = 0.089683511 * stem / zsinil;
			double zcoshl = Math.sqrt(1.0 - zsinhl * zsinhl);
			double gam = 5.8351514 + 0.0019443680 * day;
			double zx = 0.39785416 * stem / zsinil;
			double zy = zcoshl * ctem + 0.91744867 * zsinhl * stem;
			zx = Math.atan2(zx, zy);
			zx = gam + zx - xnodce;
			double zcosgl = Math.cos(zx);
			double zsingl = Math.sin(zx);

			// Solar terms first, then lunar.
			double zcosg = zcosgs;
			double zsing = zsings;
			double zcosi = zcosis;
			double zsini = zsinis;
			double zcosh = cnodm;
			double zsinh = snodm;
			double cc = c1ss;
			double xnoi = 1.0 / this.nm;

			double s6 = 0;
			double s7 = 0;
			double z2 = 0;
			double z12 = 0;
			double z22 = 0;
			double z32 = 0;
			double ss6 = 0;
			double ss7 = 0;
			double sz2 = 0;
			double sz12 = 0;
			double sz22 = 0;
			double sz32 = 0;
			for (int lsflg = 1; lsflg <= 2; lsflg++) {
				double a1 = zcosg * zcosh + zsing * zcosi * zsinh;
				double a3 = -zsing * zcosh + zcosg * zcosi * zsinh;
				double a7 = -zcosg * zsinh + zsing * zcosi * zcosh;
				double a8 = zsing * zsini;
				double a9 = zsing * zsinh + zcosg * zcosi * zcosh;
				double a10 = zcosg * zsini;
				double a2 = this.cosim * a7 + this.sinim * a8;
				double a4 = this.cosim * a9 + this.sinim * a10;
				double a5 = -this.sinim * a7 + this.cosim * a8;
				double a6 = -this.sinim * a9 + this.cosim * a10;

				double x1 = a1 * cosomm + a2 * sinomm;
				double x2 = a3 * cosomm + a4 * sinomm;
				double x3 = -a1 * sinomm + a2 * cosomm;
				double x4 = -a3 * sinomm + a4 * cosomm;
				double x5 = a5 * sinomm;
				double x6 = a6 * sinomm;
				double x7 = a5 * cosomm;
				double x8 = a6 * cosomm;

				this.z31 = 12.0 * x1 * x1 - 3.0 * x3 * x3;
				z32 = 24.0 * x1 * x2 - 6.0 * x3 * x4;
				this.z33 = 12.0 * x2 * x2 - 3.0 * x4 * x4;
				this.z1 = 3.0 * (a1 * a1 + a2 * a2) + this.z31 * this.emsq;
				z2 = 6.0 * (a1 * a3 + a2 * a4) + z32 * this.emsq;
				this.z3 = 3.0 * (a3 * a3 + a4 * a4) + this.z33 * this.emsq;
				this.z11 = -6.0 * a1 * a5 + this.emsq * (-24.0 * x1 * x7 - 6.0 * x3 * x5);
				z12 = -6.0 * (a1 * a6 + a3 * a5)
						+ this.emsq * (-24.0 * (x2 * x7 + x1 * x8) - 6.0 * (x3 * x6 + x4 * x5));
				this.z13 = -6.0 * a3 * a6 + this.emsq * (-24.0 * x2 * x8 - 6.0 * x4 * x6);
				this.z21 = 6.0 * a2 * a5 + this.emsq * (24.0 * x1 * x5 - 6.0 * x3 * x7);
				z22 = 6.0 * (a4 * a5 + a2 * a6) + this.emsq * (24.0 * (x2 * x5 + x1 * x6) - 6.0 * (x4 * x7 + x3 * x8));
				this.z23 = 6.0 * a4 * a6 + this.emsq * (24.0 * x2 * x6 - 6.0 * x4 * x8);
				this.z1 = this.z1 + this.z1 + betasq * this.z31;
				z2 = z2 + z2 + betasq * z32;
				this.z3 = this.z3 + this.z3 + betasq * this.z33;
				this.s3 = cc * xnoi;
				this.s2 = -0.5 * this.s3 / rtemsq;
				this.s4 = this.s3 * rtemsq;
				this.s1 = -15.0 * this.em * this.s4;
				this.s5 = x1 * x3 + x2 * x4;
				s6 = x2 * x3 + x1 * x4;
				s7 = x2 * x4 - x1 * x3;

				// Lunar terms next.
				if (lsflg == 1) {
					this.ss1 = this.s1;
					this.ss2 = this.s2;
					this.ss3 = this.s3;
					this.ss4 = this.s4;
					this.ss5 = this.s5;
					ss6 = s6;
					ss7 = s7;
					this.sz1 = this.z1;
					sz2 = z2;
					this.sz3 = this.z3;
					this.sz11 = this.z11;
					sz12 = z12;
					this.sz13 = this.z13;
					this.sz21 = this.z21;
					sz22 = z22;
					this.sz23 = this.z23;
					this.sz31 = this.z31;
					sz32 = z32;
					this.sz33 = this.z33;
					zcosg = zcosgl;
					zsing = zsingl;
					zcosi = zcosil;
					zsini = zsinil;
					zcosh = zcoshl * cnodm + zsinhl * snodm;
					zsinh = snodm * zcoshl - cnodm * zsinhl;
					cc = c1l;
				}
			}

			this.zmol = (4.7199672 + 0.22997150 * day - gam) % TWOPI;
			this.zmos = (6.2565837 + 0.017201977 * day) % TWOPI;

			// Solar terms.
			this.se2 = 2.0 * this.ss1 * ss6;
			this.se3 = 2.0 * this.ss1 * ss7;
			this.si2 = 2.0 * this.ss2 * sz12;
			this.si3 = 2.0 * this.ss2 * (this.sz13 - this.sz11);
			this.sl2 = -2.0 * this.ss3 * sz2;
			this.sl3 = -2.0 * this.ss3 * (this.sz3 - this.sz1);
			this.sl4 = -2.0 * this.ss3 * (-21.0 - 9.0 * this.emsq) * zes;
			this.sgh2 = 2.0 * this.ss4 * sz32;
			this.sgh3 = 2.0 * this.ss4 * (this.sz33 - this.sz31);
			this.sgh4 = -18.0 * this.ss4 * zes;
			this.sh2 = -2.0 * this.ss2 * sz22;
			this.sh3 = -2.0 * this.ss2 * (this.sz23 - this.sz21);

			// Lunar terms.
			this.ee2 = 2.0 * this.s1 * s6;
			this.e3 = 2.0 * this.s1 * s7;
			this.xi2 = 2.0 * this.s2 * z12;
			this.xi3 = 2.0 * this.s2 * (this.z13 - this.z11);
			this.xl2 = -2.0 * this.s3 * z2;
			this.xl3 = -2.0 * this.s3 * (this.z3 - this.z1);
			this.xl4 = -2.0 * this.s3 * (-21.0 - 9.0 * this.emsq) * zel;
			this.xgh2 = 2.0 * this.s4 * z32;
			this.xgh3 = 2.0 * this.s4 * (this.z33 - this.z31);
			this.xgh4 = -18.0 * this.s4 * zel;
			this.xh2 = -2.0 * this.s2 * z22;
			this.xh3 = -2.0 * this.s2 * (this.z23 - this.z21);
		}

	}

}
